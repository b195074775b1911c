import { compositeLayout, wrapText, type CompositeLayout, type Rect } from './compositeLayout.ts';
import type { CompositeScene, LegendSpec } from './compositeScene.ts';

const INK = '#111418';
const MUTED = '#3a434b';
const HEADER = '#0f2233';
const HEADER_MUTED = '#d6e2ec';
const MAP_BACKGROUND = '#d9e1e6';
const GAP = '#8b98a3';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const RAMP_STOPS = 32;

const font = (px: number, weight = 400) => `${weight} ${Math.round(px)}px ${FONT}`;

function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}\u2026`).width > maxWidth) t = t.slice(0, -1);
  return `${t}\u2026`;
}

function drawHeader(ctx: CanvasRenderingContext2D, r: Rect, u: number, scene: CompositeScene): void {
  ctx.fillStyle = HEADER;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  const mid = r.y + r.h / 2;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#ffffff';
  ctx.font = font(2.1 * u, 700);
  ctx.textAlign = 'right';
  ctx.fillText(scene.clock, r.x + r.w - u, mid);
  const clockWidth = ctx.measureText(scene.clock).width;
  ctx.textAlign = 'left';
  ctx.font = font(1.9 * u, 700);
  ctx.fillText(scene.title, r.x + u, mid);
  const titleWidth = ctx.measureText(scene.title).width;
  ctx.font = font(1.3 * u);
  ctx.fillStyle = HEADER_MUTED;
  ctx.fillText(fitText(ctx, scene.subtitle, r.w - titleWidth - clockWidth - 4 * u), r.x + titleWidth + 2 * u, mid);
}

function drawPaneTitle(ctx: CanvasRenderingContext2D, r: Rect, u: number, role: string, name: string, detail: string): void {
  const pad = 0.5 * u;
  ctx.textBaseline = 'alphabetic';
  ctx.font = font(0.85 * u, 700);
  const roleText = role.toUpperCase();
  const roleWidth = ctx.measureText(roleText).width;
  ctx.font = font(1.1 * u, 700);
  const maxName = r.w - 2.4 * u - roleWidth;
  const nameText = fitText(ctx, name, maxName);
  const nameWidth = ctx.measureText(nameText).width;
  ctx.font = font(1.0 * u);
  const detailText = fitText(ctx, detail, r.w - 2 * u);
  const detailWidth = ctx.measureText(detailText).width;
  const w = Math.min(r.w - u, Math.max(roleWidth + nameWidth + 0.6 * u, detailWidth) + 2 * pad);
  const h = 2 * 1.35 * u + pad;
  const x = r.x + 0.5 * u;
  const y = r.y + 0.5 * u;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.94)';
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = '#5b656d';
  ctx.lineWidth = Math.max(1, u / 14);
  ctx.strokeRect(x, y, w, h);
  const line1 = y + pad + 1.05 * u;
  ctx.fillStyle = MUTED;
  ctx.font = font(0.85 * u, 700);
  ctx.fillText(roleText, x + pad, line1);
  ctx.fillStyle = INK;
  ctx.font = font(1.1 * u, 700);
  ctx.fillText(nameText, x + pad + roleWidth + 0.6 * u, line1);
  ctx.font = font(1.0 * u);
  ctx.fillText(detailText, x + pad, line1 + 1.35 * u);
}

function drawKey(ctx: CanvasRenderingContext2D, kind: LegendSpec['keys'][number]['kind'], x: number, y: number, u: number): void {
  const w = 1.2 * u;
  const h = 0.8 * u;
  ctx.save();
  if (kind === 'station') {
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#14181c';
    ctx.lineWidth = Math.max(1, u / 10);
    ctx.beginPath();
    ctx.arc(x + h / 2, y + h / 2, h / 2, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  } else if (kind === 'city') {
    ctx.setLineDash([u / 4, u / 6]);
    ctx.lineWidth = Math.max(1, u / 6);
    ctx.strokeRect(x, y, w, h);
  } else {
    ctx.fillStyle = '#eceef0';
    ctx.fillRect(x, y, w, h);
    ctx.beginPath();
    ctx.rect(x, y, w, h);
    ctx.clip();
    ctx.strokeStyle = '#606870';
    ctx.lineWidth = Math.max(1, u / 10);
    ctx.beginPath();
    for (let d = -h; d < w; d += u / 3) {
      ctx.moveTo(x + d, y + h);
      ctx.lineTo(x + d + h, y);
    }
    ctx.stroke();
  }
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, r: Rect, u: number, legend: LegendSpec): void {
  const x0 = r.x + u;
  const w = r.w - 2 * u;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = font(1.15 * u, 700);
  ctx.fillText(fitText(ctx, legend.title, w), x0, r.y + 1.45 * u);
  const rampX = x0 + 1.2 * u;
  const rampW = w - 2.4 * u;
  const rampY = r.y + 1.9 * u;
  const rampH = 0.85 * u;
  const gradient = ctx.createLinearGradient(rampX, 0, rampX + rampW, 0);
  for (let i = 0; i <= RAMP_STOPS; i++) gradient.addColorStop(i / RAMP_STOPS, legend.colorAt(i / RAMP_STOPS));
  ctx.fillStyle = gradient;
  ctx.fillRect(rampX, rampY, rampW, rampH);
  ctx.strokeStyle = '#5b656d';
  ctx.lineWidth = Math.max(1, u / 14);
  ctx.strokeRect(rampX, rampY, rampW, rampH);
  ctx.font = font(0.9 * u);
  ctx.textAlign = 'center';
  ctx.fillStyle = INK;
  for (const tick of legend.ticks) {
    const tx = rampX + tick.position * rampW;
    ctx.beginPath();
    ctx.moveTo(tx, rampY + rampH);
    ctx.lineTo(tx, rampY + rampH + 0.3 * u);
    ctx.stroke();
    ctx.fillText(tick.label, tx, rampY + rampH + 1.25 * u);
  }
  const lineY = rampY + rampH + 2.45 * u;
  ctx.font = font(0.85 * u);
  ctx.fillStyle = MUTED;
  if (legend.ends) {
    ctx.textAlign = 'left';
    ctx.fillText(legend.ends[0], x0, lineY);
    ctx.textAlign = 'right';
    ctx.fillText(legend.ends[1], x0 + w, lineY);
    return;
  }
  ctx.textAlign = 'left';
  let kx = x0;
  for (const key of legend.keys) {
    drawKey(ctx, key.kind, kx, lineY - 0.75 * u, u);
    const label = key.label;
    ctx.fillStyle = INK;
    ctx.fillText(label, kx + 1.6 * u, lineY);
    kx += 1.6 * u + ctx.measureText(label).width + 1.2 * u;
    if (kx > x0 + w) break;
  }
}

function drawCaption(ctx: CanvasRenderingContext2D, r: Rect, u: number, count: string, lines: string[]): void {
  ctx.fillStyle = HEADER;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = HEADER_MUTED;
  ctx.font = font(0.95 * u);
  ctx.fillText(count, r.x + u, r.y + 1.35 * u);
  ctx.fillStyle = '#ffffff';
  ctx.font = font(1.3 * u);
  lines.forEach((line, i) => ctx.fillText(line, r.x + u, r.y + (1.35 + 1.65 * (i + 1)) * u));
}

/** The caption's lines at this size, so the layout can leave room for them. */
function captionLines(ctx: CanvasRenderingContext2D, scene: CompositeScene, width: number, u: number): string[] {
  if (!scene.caption) return [];
  ctx.font = font(1.3 * u);
  return wrapText(scene.caption.text, width - 2 * u, (s) => ctx.measureText(s).width);
}

/** The layout of `scene` on a W x H canvas (the recorder sets the maps' pixel ratio from its scale). */
export function sceneLayout(ctx: CanvasRenderingContext2D, width: number, height: number, scene: CompositeScene): CompositeLayout {
  const lines = captionLines(ctx, scene, width, height / 54);
  return compositeLayout(width, height, scene.box, scene.panes.map((p) => p.rect), scene.legends.length, lines.length === 0 ? 0 : lines.length + 1);
}

/**
 * Draws a whole video frame or image: the title bar and clock, the maps (`images`, one per pane, drawn
 * into the panes' places), their titles, the attribution, the caption and the legends.
 */
export function drawComposite(ctx: CanvasRenderingContext2D, width: number, height: number, scene: CompositeScene, images: readonly (CanvasImageSource | null)[]): void {
  const layout = sceneLayout(ctx, width, height, scene);
  const u = layout.unit;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  // Either side of maps narrower than the frame: the offline map's own background, so they seem to go on.
  ctx.fillStyle = MAP_BACKGROUND;
  ctx.fillRect(0, layout.header.h, width, (layout.caption?.y ?? layout.legends[0]?.y ?? height) - layout.header.h);
  ctx.fillStyle = GAP;
  ctx.fillRect(layout.maps.x, layout.maps.y, layout.maps.w, layout.maps.h);
  scene.panes.forEach((pane, i) => {
    const r = layout.panes[i];
    const image = images[i];
    ctx.fillStyle = MAP_BACKGROUND;
    ctx.fillRect(r.x, r.y, r.w, r.h);
    if (image) ctx.drawImage(image, r.x, r.y, r.w, r.h);
    drawPaneTitle(ctx, r, u, pane.role, pane.name, pane.detail);
  });
  if (scene.attribution) {
    ctx.font = font(0.75 * u);
    ctx.textBaseline = 'alphabetic';
    ctx.textAlign = 'right';
    const tw = ctx.measureText(scene.attribution).width;
    const m = layout.maps;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
    ctx.fillRect(m.x + m.w - tw - 0.8 * u, m.y + m.h - 1.2 * u, tw + 0.8 * u, 1.2 * u);
    ctx.fillStyle = INK;
    ctx.fillText(scene.attribution, m.x + m.w - 0.4 * u, m.y + m.h - 0.35 * u);
  }
  drawHeader(ctx, layout.header, u, scene);
  if (layout.caption && scene.caption) drawCaption(ctx, layout.caption, u, scene.caption.count, captionLines(ctx, scene, width, u));
  scene.legends.forEach((legend, i) => drawLegend(ctx, layout.legends[i], u, legend));
}
