/** A PDF download: the bytes with a file name and no caching. */
export function pdfDownload(
  { bytes, filename }: { bytes: Uint8Array; filename: string },
): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": "application/pdf",
      // Names are ours (invoice numbers): no quoting beyond this is needed.
      "content-disposition": `attachment; filename="${
        filename.replace(/["\\\r\n]/g, "_")
      }"`,
      "cache-control": "private, no-store",
    },
  });
}
