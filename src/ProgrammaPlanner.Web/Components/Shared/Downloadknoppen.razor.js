// Fetches a document (plan, version, voortgangsrapportage) from its GET endpoint and saves it under the name the server gives.
// Returns null on success, or the server's Dutch message so the page can show it.
export async function download(url) {
  const antwoord = await fetch(url, { credentials: 'same-origin' });
  if (!antwoord.ok) {
    const type = antwoord.headers.get('content-type') || '';
    return type.startsWith('text/plain') ? await antwoord.text() : `Het bestand kon niet worden gemaakt (fout ${antwoord.status}).`;
  }
  const blob = await antwoord.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = bestandsnaam(antwoord.headers.get('content-disposition')) || url.split('/').pop();
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return null;
}

function bestandsnaam(header) {
  if (!header) return null;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8) return decodeURIComponent(utf8[1]);
  const gewoon = /filename="?([^";]+)"?/i.exec(header);
  return gewoon ? gewoon[1] : null;
}
