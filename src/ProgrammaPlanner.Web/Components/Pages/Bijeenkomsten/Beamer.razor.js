// Full screen needs the user's own click (browsers refuse it from the server), hence a listener here.
export function volledigScherm(knop) {
    knop?.addEventListener('click', () => {
        if (document.fullscreenElement) document.exitFullscreen(); else document.documentElement.requestFullscreen();
    });
}
