#nullable enable

namespace Border.Cases.Migrations;

/// <summary>
/// The entry requirements Border ships with (migration EntryRequirements), drawn from the published CBP One rules:
/// the eight ports, the daily window, who may request, what to bring, the forms and what each kind of case needs.
/// Frozen with the migration: later changes are versions supervisors publish, not edits here.
/// </summary>
internal static class EntryRequirementsContent
{
    public static readonly DateTimeOffset PublishedAt = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Slug, topic, case kind, position, English title and text, Spanish title and text.</summary>
    public static readonly IReadOnlyList<(string Slug, string Topic, string? CaseKind, int Position, string TitleEn, string BodyEn, string TitleEs, string BodyEs)> Pages =
    [
        ("ports", "Procedures", null, 1,
            "The eight ports of entry",
            """
            Border gives appointments at eight land ports of entry on the U.S.–Mexico border:

            - **Arizona:** Nogales
            - **Texas:** Brownsville, Eagle Pass, Hidalgo, Laredo and El Paso
            - **California:** Calexico and San Ysidro

            You choose one port when you request an appointment. Each port has its own number of appointments a day;
            about 1,450 appointments a day are shared among all eight ports.

            Times on your appointment are in the port's own time zone, and the zone is always named.
            """,
            "Los ocho puertos de entrada",
            """
            Border da citas en ocho puertos de entrada terrestres de la frontera entre Estados Unidos y México:

            - **Arizona:** Nogales
            - **Texas:** Brownsville, Eagle Pass, Hidalgo, Laredo y El Paso
            - **California:** Calexico y San Ysidro

            Usted elige un puerto cuando solicita una cita. Cada puerto tiene su propio número de citas al día;
            unas 1,450 citas al día se reparten entre los ocho puertos.

            Las horas de su cita están en la zona horaria del puerto, y la zona siempre se indica.
            """),
        ("request-window", "Procedures", null, 2,
            "How appointments are given",
            """
            ## 1. Request during the daily window

            You can request an appointment every day from **noon to 11:59 PM, U.S. Eastern time**. It makes no
            difference whether you request at the start or at the end of the window.

            ## 2. Learn the result the next day

            The day after, around noon Eastern time, the appointments are given out. **Half go to the people who
            registered earliest** (who have waited longest); **the rest are drawn at random** among that day's
            requests. A request for a group has the same chance as a request for one person.

            ## 3. Confirm before the deadline

            If you are given an appointment you have **up to 23 hours to confirm it**. Border shows how many hours and
            minutes are left. If the time runs out, the appointment is lost and you must request again.

            ## If you miss your appointment

            You can request a new appointment the same way. Nothing you did before counts against you.
            """,
            "Cómo se dan las citas",
            """
            ## 1. Solicite durante el horario diario

            Puede solicitar una cita todos los días **desde el mediodía hasta las 11:59 p. m., hora del Este de
            Estados Unidos**. No importa si la solicita al principio o al final del horario.

            ## 2. Conozca el resultado al día siguiente

            Al día siguiente, hacia el mediodía hora del Este, se reparten las citas. **La mitad es para las personas
            que se registraron primero** (las que llevan más tiempo esperando); **el resto se sortea** entre las
            solicitudes de ese día. Una solicitud de un grupo tiene la misma probabilidad que la de una sola persona.

            ## 3. Confirme antes del plazo

            Si le dan una cita, tiene **hasta 23 horas para confirmarla**. Border muestra cuántas horas y minutos
            quedan. Si se acaba el tiempo, la cita se pierde y debe solicitar de nuevo.

            ## Si no llega a su cita

            Puede solicitar una cita nueva de la misma manera. Lo que hizo antes no cuenta en su contra.
            """),
        ("who-can-request", "Procedures", null, 3,
            "Who can request an appointment",
            """
            You can request an appointment if:

            - you are **in central or northern Mexico** (roughly north of the 19th parallel; the states of Tabasco and
              Chiapas are included). Your location is checked when you request and again when you confirm;
            - you have an account with a **confirmed email address**; and
            - your **profile is complete**: your name, date of birth, nationality, contact details, where you are
              staying, your U.S. destination and a photo of your face.

            One registration can cover your family members or companions. **Everyone in a group shares one U.S.
            destination address**, and everyone in the group must travel to the port together.
            """,
            "Quién puede solicitar una cita",
            """
            Puede solicitar una cita si:

            - está **en el centro o el norte de México** (más o menos al norte del paralelo 19; los estados de Tabasco
              y Chiapas están incluidos). Su ubicación se revisa cuando solicita y otra vez cuando confirma;
            - tiene una cuenta con un **correo electrónico confirmado**; y
            - su **perfil está completo**: su nombre, fecha de nacimiento, nacionalidad, datos de contacto, dónde se
              está quedando, su destino en Estados Unidos y una foto de su cara.

            Un registro puede incluir a sus familiares o acompañantes. **Todas las personas de un grupo comparten una
            misma dirección de destino en Estados Unidos**, y todo el grupo debe viajar junto al puerto.
            """),
        ("what-to-bring", "Documents", null, 1,
            "What to bring to the port",
            """
            Bring these for **every person in your group**:

            - the **identity document** entered in the profile (a passport or a national identity document), the same
              one, not a copy;
            - for children, a **birth certificate** or another document that shows who their parents are.

            Also bring:

            - your **appointment's reference number** (on the confirmation page and in the email; a screenshot or a
              note on paper is enough);
            - any **document that supports your reason for travel**, and medical papers if someone has a medical
              need.

            Arrive on the day and at the time of your appointment. If a name, a date of birth or a document in your
            profile is wrong once your group is confirmed, ask for a correction (see *Correction of a record*).
            """,
            "Qué llevar al puerto",
            """
            Lleve esto para **cada persona de su grupo**:

            - el **documento de identidad** que anotó en el perfil (un pasaporte o un documento nacional de
              identidad), el mismo, no una copia;
            - para niñas y niños, un **acta de nacimiento** u otro documento que muestre quiénes son sus padres.

            Lleve también:

            - el **número de referencia de su cita** (en la página de confirmación y en el correo; basta con una
              captura de pantalla o una nota en papel);
            - cualquier **documento que respalde el motivo de su viaje**, y papeles médicos si alguien tiene una
              necesidad médica.

            Llegue el día y a la hora de su cita. Si un nombre, una fecha de nacimiento o un documento de su perfil
            está mal cuando su grupo ya está confirmado, pida una corrección (vea *Corrección de un registro*).
            """),
        ("forms", "Forms", null, 1,
            "The forms you fill in",
            """
            Everything is done on Border, one question a page. Your answers are saved as you go.

            1. **Your account:** an email address and a password of at least 12 characters.
            2. **Your profile:** name, date of birth, nationality, contact details, where you are staying, your U.S.
               destination, your language, a photo of your face, and the people who travel with you.
            3. **The appointment request:** the port you want, during the daily window.
            4. **The confirmation:** when you are given an appointment, confirm it before the deadline.
            5. **Cases**, when you need one: advance information for the port, the correction of a record, or an
               accommodation at the port. Each ends with a receipt number.

            There is no paper form to print or send.
            """,
            "Los formularios que llena",
            """
            Todo se hace en Border, una pregunta por página. Sus respuestas se guardan a medida que avanza.

            1. **Su cuenta:** un correo electrónico y una contraseña de al menos 12 caracteres.
            2. **Su perfil:** nombre, fecha de nacimiento, nacionalidad, datos de contacto, dónde se está quedando, su
               destino en Estados Unidos, su idioma, una foto de su cara y las personas que viajan con usted.
            3. **La solicitud de cita:** el puerto que quiere, durante el horario diario.
            4. **La confirmación:** cuando le dan una cita, confírmela antes del plazo.
            5. **Casos**, cuando necesite uno: información anticipada para el puerto, la corrección de un registro o
               una adaptación en el puerto. Cada uno termina con un número de recibo.

            No hay ningún formulario en papel que imprimir o enviar.
            """),
        ("advance-information", "CaseKinds", "AdvanceInformation", 1,
            "Advance information for processing at a port",
            """
            Tell the port about your group before you arrive, so officers are ready for you. You can send it before
            or after your appointment is confirmed.

            ## What you are asked

            - why your group is travelling to the United States;
            - where your group is travelling from;
            - whether anyone has a medical or safety need officers should know about;
            - whether anyone has been to the United States before or had an immigration case there.

            ## Documents

            - The identity document of each person, **already in your profile**: nothing to upload again.
            - Optional: any document that supports your reason for travel (JPEG, PNG or PDF, up to 5 MB).

            An officer decides it. A denial can be appealed within 30 days.

            [Start advance information](/cases/new/advance-information)
            """,
            "Información anticipada para el trámite en un puerto",
            """
            Informe al puerto sobre su grupo antes de llegar, para que los oficiales estén preparados. Puede enviarla
            antes o después de que su cita esté confirmada.

            ## Lo que se le pregunta

            - por qué su grupo viaja a Estados Unidos;
            - desde dónde viaja su grupo;
            - si alguien tiene una necesidad médica o de seguridad que los oficiales deban conocer;
            - si alguien ha estado antes en Estados Unidos o ha tenido un caso migratorio allí.

            ## Documentos

            - El documento de identidad de cada persona, **que ya está en su perfil**: no hay que subirlo otra vez.
            - Opcional: cualquier documento que respalde el motivo de su viaje (JPEG, PNG o PDF, de hasta 5 MB).

            Lo decide un oficial. Una negación se puede apelar dentro de los 30 días.

            [Empezar la información anticipada](/cases/new/advance-information)
            """),
        ("record-correction", "CaseKinds", "RecordCorrection", 2,
            "Correction of a record",
            """
            Once your group is confirmed for an appointment its details are frozen. Ask here to correct a name, a
            date of birth or a document.

            ## What you are asked

            - what needs to be corrected (a name, a date of birth or an identity document);
            - whose record it is, and the correct detail;
            - how the mistake happened (optional).

            ## Documents

            - **Required:** a photo or PDF of a document that shows the correct detail (JPEG, PNG or PDF, up to
              5 MB).

            A supervisor decides it; when it is approved, the record is corrected for you. A denial can be appealed
            within 30 days.

            [Ask for a correction](/cases/new/record-correction)
            """,
            "Corrección de un registro",
            """
            Cuando su grupo está confirmado para una cita, sus datos quedan fijos. Pida aquí corregir un nombre, una
            fecha de nacimiento o un documento.

            ## Lo que se le pregunta

            - qué hay que corregir (un nombre, una fecha de nacimiento o un documento de identidad);
            - de quién es el registro, y el dato correcto;
            - cómo ocurrió el error (opcional).

            ## Documentos

            - **Obligatorio:** una foto o un PDF de un documento que muestre el dato correcto (JPEG, PNG o PDF, de
              hasta 5 MB).

            Lo decide un supervisor; cuando se aprueba, el registro se corrige por usted. Una negación se puede apelar
            dentro de los 30 días.

            [Pedir una corrección](/cases/new/record-correction)
            """),
        ("port-accommodation", "CaseKinds", "PortAccommodation", 3,
            "Accommodation at the port",
            """
            Ask for help you need at the port because of a disability, a medical condition or a language, such as
            an interpreter in Haitian Creole or an Indigenous language. It is decided before your appointment.

            ## What you are asked

            - what kind of help you need;
            - if you need an interpreter, in which language;
            - who needs the help, and what they need and why.

            ## Documents

            - Optional: a medical note or another document that explains the need (JPEG, PNG or PDF, up to 5 MB).

            An officer decides it, and an approved accommodation shows on your confirmation page. A denial can be
            appealed within 30 days.

            [Ask for an accommodation](/cases/new/port-accommodation)
            """,
            "Adaptación en el puerto",
            """
            Pida la ayuda que necesita en el puerto por una discapacidad, una condición médica o un idioma, como un
            intérprete de criollo haitiano o de una lengua indígena. Se decide antes de su cita.

            ## Lo que se le pregunta

            - qué tipo de ayuda necesita;
            - si necesita un intérprete, de qué idioma;
            - quién necesita la ayuda, y qué necesita y por qué.

            ## Documentos

            - Opcional: una nota médica u otro documento que explique la necesidad (JPEG, PNG o PDF, de hasta 5 MB).

            Lo decide un oficial, y una adaptación aprobada aparece en su página de confirmación. Una negación se puede
            apelar dentro de los 30 días.

            [Pedir una adaptación](/cases/new/port-accommodation)
            """),
    ];
}
