namespace Border.Accounts.Contracts.Places;

/// <summary>Mexico's 32 federal entities by their ISO 3166-2 codes (without "MX-"), with the names people use.</summary>
public static class MexicanStates
{
    public static readonly IReadOnlyList<Place> All =
    [
        new("AGU", "Aguascalientes", "Aguascalientes"),
        new("BCN", "Baja California", "Baja California"),
        new("BCS", "Baja California Sur", "Baja California Sur"),
        new("CAM", "Campeche", "Campeche"),
        new("CHP", "Chiapas", "Chiapas"),
        new("CHH", "Chihuahua", "Chihuahua"),
        new("CMX", "Mexico City", "Ciudad de México"),
        new("COA", "Coahuila", "Coahuila"),
        new("COL", "Colima", "Colima"),
        new("DUR", "Durango", "Durango"),
        new("MEX", "State of Mexico", "Estado de México"),
        new("GUA", "Guanajuato", "Guanajuato"),
        new("GRO", "Guerrero", "Guerrero"),
        new("HID", "Hidalgo", "Hidalgo"),
        new("JAL", "Jalisco", "Jalisco"),
        new("MIC", "Michoacán", "Michoacán"),
        new("MOR", "Morelos", "Morelos"),
        new("NAY", "Nayarit", "Nayarit"),
        new("NLE", "Nuevo León", "Nuevo León"),
        new("OAX", "Oaxaca", "Oaxaca"),
        new("PUE", "Puebla", "Puebla"),
        new("QUE", "Querétaro", "Querétaro"),
        new("ROO", "Quintana Roo", "Quintana Roo"),
        new("SLP", "San Luis Potosí", "San Luis Potosí"),
        new("SIN", "Sinaloa", "Sinaloa"),
        new("SON", "Sonora", "Sonora"),
        new("TAB", "Tabasco", "Tabasco"),
        new("TAM", "Tamaulipas", "Tamaulipas"),
        new("TLA", "Tlaxcala", "Tlaxcala"),
        new("VER", "Veracruz", "Veracruz"),
        new("YUC", "Yucatán", "Yucatán"),
        new("ZAC", "Zacatecas", "Zacatecas"),
    ];
}
