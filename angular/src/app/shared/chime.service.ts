import { Injectable, signal } from '@angular/core';

/**
 * The new-order sound, synthesised with Web Audio (no sound file to ship). Browsers allow sound only after the
 * person has interacted with the page; until then a chime is counted but silent.
 */
@Injectable({ providedIn: 'root' })
export class ChimeService {
  private context: AudioContext | null = null;
  /** How many chimes were asked for (shown on the inbox and the waiter screen, and read by tests); a signal, so it repaints at once. */
  readonly played = signal(0);

  play(kind: 'new-order' | 'alert' | string = 'new-order'): void {
    this.played.update((n) => n + 1);
    try {
      this.context ??= new AudioContext();
      const notes = kind === 'alert' ? [880, 660, 880] : [660, 880];
      notes.forEach((frequency, i) => this.tone(this.context!, frequency, this.context!.currentTime + i * 0.18));
    } catch {
      // No audio device: the pop-up still shows.
    }
  }

  private tone(context: AudioContext, frequency: number, at: number): void {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.25, at);
    gain.gain.exponentialRampToValueAtTime(0.001, at + 0.16);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.17);
  }
}
