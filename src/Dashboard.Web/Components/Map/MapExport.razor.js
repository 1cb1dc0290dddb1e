// Draws the server's SVG export of the map onto a canvas and downloads it as PNG. No inline script,
// no eval, nothing from another origin: the SVG comes from this app and is drawn from a data: URL.
export async function downloadPng(svgHref, fileName) {
    const response = await fetch(svgHref, { credentials: "same-origin" });
    if (!response.ok) {
        return false;
    }

    const svgText = await response.text();
    const image = new Image();
    const loaded = new Promise((resolve, reject) => {
        image.onload = resolve;
        image.onerror = reject;
    });
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svgText);
    await loaded;

    // Twice the SVG's size, so the PNG stays sharp on high-density screens and in print.
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) {
        return false;
    }

    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return true;
}
