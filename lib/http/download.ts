/** A file download: the bytes with a file name and no caching. */
export function fileDownload(
  { bytes, filename, contentType }: {
    bytes: Uint8Array;
    filename: string;
    contentType: string;
  },
): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": contentType,
      // Names are ours (invoice numbers): no quoting beyond this is needed.
      "content-disposition": `attachment; filename="${
        filename.replace(/["\\\r\n]/g, "_")
      }"`,
      "cache-control": "private, no-store",
    },
  });
}

/** A PDF download. */
export function pdfDownload(
  file: { bytes: Uint8Array; filename: string },
): Response {
  return fileDownload({ ...file, contentType: "application/pdf" });
}
