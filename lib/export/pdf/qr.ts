import QRCode from "qrcode";

// A QR code as a small SVG (one path, a 2-module quiet zone), made synchronously so a PDF of
// 200 itineraries needs no awaiting. Typst draws it as vector art: sharp at any print size.

export function qrSvg(text: string): Uint8Array {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
  const quiet = 2;
  const full = size + 2 * quiet;
  // One rectangle per horizontal run of dark modules, not one per module: a third of the path
  // for Typst to read and for the PDF to carry, 200 times over in "All itineraries".
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!data[row * size + col]) continue;
      const start = col;
      while (col + 1 < size && data[row * size + col + 1]) col++;
      const width = col - start + 1;
      runs.push(`M${start + quiet} ${row + quiet}h${width}v1h-${width}z`);
    }
  }
  const d = runs.join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges"><rect width="${full}" height="${full}" fill="#fff"/><path fill="#1b2230" d="${d}"/></svg>`;
  return new TextEncoder().encode(svg);
}
