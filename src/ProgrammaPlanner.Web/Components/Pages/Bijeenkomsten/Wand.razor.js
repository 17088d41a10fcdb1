// Drag and drop on the wall: Blazor handles the drop; this only makes it work everywhere and visible.
// Firefox starts a drag only when it carries data, which Blazor's own dragstart handler cannot set.
let klaar = false;
let doel = null;

function markeer(el) {
    if (doel === el) return;
    doel?.classList.remove('drop-doel');
    doel = el;
    doel?.classList.add('drop-doel');
}

export function init() {
    if (klaar) return;
    klaar = true;
    document.addEventListener('dragstart', e => {
        if (e.target instanceof Element && e.target.closest('[data-sleepbaar]')) {
            e.dataTransfer.setData('text/plain', '');
            e.dataTransfer.effectAllowed = 'move';
        }
    });
    document.addEventListener('dragover', e => markeer(e.target instanceof Element ? e.target.closest('[data-drop]') : null));
    document.addEventListener('drop', () => markeer(null));
    document.addEventListener('dragend', () => markeer(null));
}
