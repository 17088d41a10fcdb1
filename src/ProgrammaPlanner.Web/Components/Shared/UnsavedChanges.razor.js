// Tells the server about the first keystroke in a form (or grid) that holds an UnsavedChanges marker: MudBlazor text
// fields send their value only when the user leaves the field, so until then the server would not know the user is
// typing. App.razor loads this module at start, so a keystroke before the marker's component is wired up still counts.
document.addEventListener('input', e => {
  for (let area = e.target.parentElement; area; area = area.parentElement) {
    const marker = area.querySelector(':scope > [data-unsaved-changes]');
    if (marker) report(marker);
  }
}, true);

function report(marker) {
  if (marker.typed) return;
  marker.typed = true;
  marker.dotNet?.invokeMethodAsync('Typed');
}

export function watch(marker, dotNet) {
  marker.dotNet = dotNet;
  if (marker.typed) dotNet.invokeMethodAsync('Typed');
  return {
    reset: () => { marker.typed = false; },
    dispose: () => { marker.dotNet = null; },
  };
}
