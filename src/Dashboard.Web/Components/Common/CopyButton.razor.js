// Puts text on the clipboard; resolves to false when the browser refuses (no permission, not HTTPS).
export async function copyText(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        return false;
    }
}
