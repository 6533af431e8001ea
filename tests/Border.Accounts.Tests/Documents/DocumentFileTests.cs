using Border.Shared.Uploads;
using Border.Testing;
using System.Text;
using Border.Accounts.Contracts.Profile;
using Border.Accounts.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Border.Accounts.Tests.Documents;

public sealed class DocumentFileTests(ProfileFixture fixture) : IClassFixture<ProfileFixture>
{
    private const string DocumentKinds = "The file must be a JPEG or PNG photo, or a PDF.";
    private const string TooBig = "The file must be smaller than 5 MB.";
    private const int SixMegabytes = 6 * 1024 * 1024;

    public static TheoryData<string, string> Documents => new()
    {
        { "jpeg", "image/jpeg" },
        { "png", "image/png" },
        { "pdf", "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_document_photo_in_jpeg_png_or_pdf_is_kept_encrypted_and_opens_as_it_was_sent(string kind, string contentType)
    {
        var (id, _) = await ApplicantWithDocumentAsync();
        var marker = $"the {kind} of passport G12345678 belonging to this applicant";
        var content = kind switch
        {
            "jpeg" => TestFiles.Jpeg(marker),
            "png" => TestFiles.Png(marker),
            _ => TestFiles.Pdf(marker),
        };

        var fileId = await fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(content)));

        var photo = (await fixture.Host.SendAsync(new GetProfile(id))).Document!.Photo!;
        Assert.Equal((fileId!.Value, contentType, ProfileFixture.Now, kind != "pdf"), (photo.Id, photo.ContentType, photo.StoredAt, photo.HasThumbnail));

        var stored = await fixture.QueryAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == fileId));
        Assert.Equal((id, "document", contentType), (stored.OwnerId, stored.Purpose, stored.ContentType));
        Assert.NotEqual(content, stored.Ciphertext);
        Assert.Equal(-1, stored.Ciphertext.AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)));
        Assert.Equal(-1, stored.Ciphertext.AsSpan().IndexOf(content.AsSpan(0, 8)));

        var opened = await fixture.Host.SendAsync(new OpenOwnFile(id, fileId.Value));
        Assert.NotNull(opened);
        TestFiles.AssertKept(content, opened.Content);
        Assert.Equal(contentType, opened.ContentType);
        Assert.Equal($"border-{fileId:N}.{(kind == "jpeg" ? "jpg" : kind)}", opened.FileName);
    }

    [Fact]
    public async Task A_selfie_in_jpeg_or_png_is_kept_encrypted_and_opens_as_it_was_sent()
    {
        var id = await fixture.RegisterAsync();
        var content = TestFiles.Png("the face of the applicant in good light");

        var fileId = await fixture.Host.SendAsync(new UploadSelfie(id, TestFiles.Upload(content)));

        var selfie = (await fixture.Host.SendAsync(new GetProfile(id))).Selfie!;
        Assert.Equal((fileId, "image/png"), (selfie.Id, selfie.ContentType));
        var stored = await fixture.QueryAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == fileId));
        Assert.Equal("selfie", stored.Purpose);
        Assert.Equal(-1, stored.Ciphertext.AsSpan().IndexOf("the face of the applicant"u8));
        var opened = await fixture.Host.SendAsync(new OpenOwnFile(id, fileId));
        TestFiles.AssertKept(content, opened!.Content);
        Assert.Equal("image/png", opened.ContentType);

        var jpeg = TestFiles.Jpeg();
        var second = await fixture.Host.SendAsync(new UploadSelfie(id, TestFiles.Upload(jpeg)));
        var reopened = await fixture.Host.SendAsync(new OpenOwnFile(id, second));
        TestFiles.AssertKept(jpeg, reopened!.Content);
        Assert.Equal("image/jpeg", reopened.ContentType);
    }

    [Fact]
    public async Task A_pdf_is_refused_for_a_selfie()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("Photo", "The file must be a JPEG or PNG photo."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new UploadSelfie(id, TestFiles.Upload(TestFiles.Pdf())))));

        Assert.Null((await fixture.Host.SendAsync(new GetProfile(id))).Selfie);
    }

    public static TheoryData<string, UploadedFile, string> RefusedDocumentFiles => new()
    {
        { "no file", new UploadedFile(null, 0), "Choose a photo or a PDF of the document." },
        { "empty", new UploadedFile(new MemoryStream(), 0), "The selected file is empty." },
        { "6 MB", new UploadedFile(new MemoryStream(Big(SixMegabytes)), SixMegabytes), TooBig },
        { "6 MB declared as 1 KB", new UploadedFile(new MemoryStream(Big(SixMegabytes)), 1024), TooBig },
        { "one byte over 5 MB declared as 5 MB", new UploadedFile(new MemoryStream(Big((5 * 1024 * 1024) + 1)), 5 * 1024 * 1024), TooBig },
        { "text renamed", TestFiles.Upload("hello"u8.ToArray()), DocumentKinds },
        { "gif", TestFiles.Upload(TestFiles.Gif()), DocumentKinds },
        { "jpeg signature cut short", TestFiles.Upload([0xFF, 0xD8]), DocumentKinds },
    };

    [Theory]
    [MemberData(nameof(RefusedDocumentFiles))]
    public async Task A_document_file_that_is_missing_empty_too_big_or_not_a_photo_or_pdf_is_refused_on_the_photo(
        string file, UploadedFile upload, string message)
    {
        _ = file;
        var (id, _) = await ApplicantWithDocumentAsync();

        Assert.Equal(("Photo", message), await Refusals.OneOf(() => fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, upload))));

        Assert.Null((await fixture.Host.SendAsync(new GetProfile(id))).Document!.Photo);
        Assert.Equal(0, await fixture.QueryAsync(db => db.StoredFiles.CountAsync(f => f.OwnerId == id)));
    }

    public static TheoryData<string, UploadedFile, string> RefusedSelfies => new()
    {
        { "no file", new UploadedFile(null, 0), "Choose a photo." },
        { "empty", new UploadedFile(new MemoryStream(), 0), "The selected file is empty." },
        { "6 MB", new UploadedFile(new MemoryStream(Big(SixMegabytes)), SixMegabytes), TooBig },
        { "6 MB declared as 1 KB", new UploadedFile(new MemoryStream(Big(SixMegabytes)), 1024), TooBig },
        { "text renamed", TestFiles.Upload("hello"u8.ToArray()), "The file must be a JPEG or PNG photo." },
        { "gif", TestFiles.Upload(TestFiles.Gif()), "The file must be a JPEG or PNG photo." },
    };

    [Theory]
    [MemberData(nameof(RefusedSelfies))]
    public async Task A_selfie_that_is_missing_empty_too_big_or_not_a_photo_is_refused_on_the_photo(string file, UploadedFile upload, string message)
    {
        _ = file;
        var id = await fixture.RegisterAsync();

        Assert.Equal(("Photo", message), await Refusals.OneOf(() => fixture.Host.SendAsync(new UploadSelfie(id, upload))));

        Assert.Null((await fixture.Host.SendAsync(new GetProfile(id))).Selfie);
        Assert.Equal(0, await fixture.QueryAsync(db => db.StoredFiles.CountAsync(f => f.OwnerId == id)));
    }

    [Fact]
    public async Task A_photo_before_the_documents_details_is_refused()
    {
        var id = await fixture.RegisterAsync();

        Assert.Equal(
            ("Photo", "Enter the document's details before its photo."),
            await Refusals.OneOf(() => fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(TestFiles.Jpeg())))));
        Assert.Equal(0, await fixture.QueryAsync(db => db.StoredFiles.CountAsync(f => f.OwnerId == id)));
    }

    [Fact]
    public async Task File_refusals_are_in_spanish_for_a_spanish_speaker()
    {
        var (id, _) = await ApplicantWithDocumentAsync();
        var other = await fixture.RegisterAsync();

        Task<(string, string)> Document(UploadedFile file) =>
            Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, file))));
        Task<(string, string)> Selfie(UploadedFile file) =>
            Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new UploadSelfie(id, file))));

        Assert.Equal(("Photo", "Elija una foto o un PDF del documento."), await Document(new UploadedFile(null, 0)));
        Assert.Equal(("Photo", "Elija una foto."), await Selfie(new UploadedFile(null, 0)));
        Assert.Equal(("Photo", "El archivo elegido está vacío."), await Document(new UploadedFile(new MemoryStream(), 0)));
        Assert.Equal(("Photo", "El archivo debe pesar menos de 5 MB."), await Document(new UploadedFile(new MemoryStream(Big(SixMegabytes)), 10)));
        Assert.Equal(("Photo", "El archivo debe ser una foto JPEG o PNG, o un PDF."), await Document(TestFiles.Upload(TestFiles.Gif())));
        Assert.Equal(("Photo", "El archivo debe ser una foto JPEG o PNG."), await Selfie(TestFiles.Upload(TestFiles.Pdf())));
        Assert.Equal(
            ("Photo", "Escriba los datos del documento antes de subir su foto."),
            await Refusals.InSpanish(() => Refusals.OneOf(() => fixture.Host.SendAsync(new UploadDocumentPhoto(other, other, TestFiles.Upload(TestFiles.Jpeg()))))));
    }

    [Fact]
    public async Task An_image_gets_a_view_size_and_a_thumbnail_made_at_upload_and_a_pdf_gets_neither()
    {
        var (id, _) = await ApplicantWithDocumentAsync();
        var photo = (await fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(TestImages.Jpeg(2000, 1000)))))!.Value;

        var view = await fixture.Host.SendAsync(new OpenOwnFile(id, photo, FileVariant.View));
        var small = await fixture.Host.SendAsync(new OpenOwnFile(id, photo, FileVariant.Thumbnail));
        Assert.Equal(("image/jpeg", $"border-{photo:N}-view.jpg", 1600, 800), (view!.ContentType, view.FileName, TestImages.Read(view.Content).Width, TestImages.Read(view.Content).Height));
        Assert.Equal(("image/jpeg", $"border-{photo:N}-small.jpg", 320, 160), (small!.ContentType, small.FileName, TestImages.Read(small.Content).Width, TestImages.Read(small.Content).Height));
        var stored = await fixture.QueryAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Id == photo));
        Assert.Equal(-1, stored.ViewCiphertext!.AsSpan().IndexOf(view.Content.AsSpan(0, 16)));

        var pdf = (await fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(TestFiles.Pdf()))))!.Value;
        Assert.False((await fixture.Host.SendAsync(new GetProfile(id))).Document!.Photo!.HasThumbnail);
        Assert.Null(await fixture.Host.SendAsync(new OpenOwnFile(id, pdf, FileVariant.Thumbnail)));
        Assert.Null(await fixture.Host.SendAsync(new OpenOwnFile(id, pdf, FileVariant.View)));
    }

    [Fact]
    public async Task A_new_document_photo_replaces_the_old_one_whose_stored_file_is_deleted()
    {
        var (id, _) = await ApplicantWithDocumentAsync();
        var first = (await fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(TestFiles.Jpeg()))))!.Value;

        var second = (await fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(TestFiles.Pdf()))))!.Value;

        Assert.NotEqual(first, second);
        Assert.Equal(second, (await fixture.Host.SendAsync(new GetProfile(id))).Document!.Photo!.Id);
        Assert.Equal([second], await fixture.QueryAsync(db => db.StoredFiles.Where(f => f.OwnerId == id).Select(f => f.Id).ToListAsync()));
        Assert.Null(await fixture.Host.SendAsync(new OpenOwnFile(id, first)));
    }

    [Fact]
    public async Task A_new_selfie_replaces_the_old_one_whose_stored_file_is_deleted()
    {
        var id = await fixture.RegisterAsync();
        var first = await fixture.Host.SendAsync(new UploadSelfie(id, TestFiles.Upload(TestFiles.Jpeg())));

        var second = await fixture.Host.SendAsync(new UploadSelfie(id, TestFiles.Upload(TestFiles.Png())));

        Assert.Equal(second, (await fixture.Host.SendAsync(new GetProfile(id))).Selfie!.Id);
        Assert.Equal([second], await fixture.QueryAsync(db => db.StoredFiles.Where(f => f.OwnerId == id).Select(f => f.Id).ToListAsync()));
        Assert.Null(await fixture.Host.SendAsync(new OpenOwnFile(id, first)));
    }

    [Fact]
    public async Task A_refused_file_leaves_the_previous_photo_in_place()
    {
        var (id, _) = await ApplicantWithDocumentAsync();
        var kept = (await fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(TestFiles.Png()))))!.Value;

        await Refusals.OneOf(() => fixture.Host.SendAsync(new UploadDocumentPhoto(id, id, TestFiles.Upload(TestFiles.Gif()))));

        Assert.Equal(kept, (await fixture.Host.SendAsync(new GetProfile(id))).Document!.Photo!.Id);
        Assert.NotNull(await fixture.Host.SendAsync(new OpenOwnFile(id, kept)));
    }

    [Fact]
    public async Task A_file_id_that_does_not_exist_opens_nothing()
    {
        var id = await fixture.RegisterAsync();

        Assert.Null(await fixture.Host.SendAsync(new OpenOwnFile(id, Guid.NewGuid())));
    }

    private async Task<(Guid Id, Guid DocumentId)> ApplicantWithDocumentAsync()
    {
        var id = await fixture.RegisterAsync();
        Assert.True(await fixture.Host.SendAsync(ValidAnswers.Document(id, id)));
        return (id, (await fixture.Host.SendAsync(new GetProfile(id))).Document!.Id);
    }

    private static byte[] Big(int length)
    {
        var content = new byte[length];
        TestFiles.Jpeg().CopyTo(content, 0);
        return content;
    }
}
