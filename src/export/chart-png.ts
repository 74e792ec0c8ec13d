/**
 * A chart as a PNG at 2× its CSS pixels: the exported SVG (chart-svg.ts) drawn into a canvas through
 * an image loaded from a blob: URL. The Content-Security-Policy allows it (`img-src 'self' data:
 * blob:`, decision 0006); the SVG holds no foreign objects or external references, so the canvas is
 * not tainted and toBlob works. Fonts: an SVG image may use the fonts installed on the system, and
 * every text names the CJK families first.
 */
import type { ChartSvg } from './chart-svg';

/** Device pixels per CSS pixel of the exported image. */
export const PNG_SCALE = 2;

/** Decodes an image from `url`; rejects when it cannot be drawn. */
async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart image could not be decoded'));
  });
  image.src = url;
  await loaded;
  // decode() also waits for the image's fonts to be ready where the browser supports it.
  await image.decode().catch(() => undefined);
  return image;
}

/** The SVG drawn on a white canvas `scale` times its size, as PNG bytes. */
export async function svgToPng(svg: ChartSvg, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this browser');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be written'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
