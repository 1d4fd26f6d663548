import { useCallback, useState } from 'react';
import { useAppStore } from '../../state/store';
import { t } from '../words';
import { type HandoutPicture, imagesReady, posterPictures, takePictures } from './handoutPictures';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * "Print the handout": draws the body's pictures from the 3D scene, waits until the handout shows
 * them, then opens the browser's print dialog. Until then the still picture stands in, so a print
 * from the browser's own menu still gets one page with a picture.
 */
export function usePrintHandout() {
  const [pictures, setPictures] = useState<HandoutPicture[]>(posterPictures);
  const [preparing, setPreparing] = useState(false);
  const print = useCallback(async () => {
    const { announce } = useAppStore.getState();
    setPreparing(true);
    announce(t('consult.takeHome.preparingSaid'));
    const taken = await takePictures();
    setPictures(taken);
    await nextFrame();
    await imagesReady(document.querySelector<HTMLElement>('.handout'));
    setPreparing(false);
    window.print();
  }, []);
  return { pictures, preparing, print };
}
