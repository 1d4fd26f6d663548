import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBone, getNerve, levelWords, rootWords } from '../../src/content/anatomy';
import { exitWords } from '../../src/content/anatomy/nerves';
import { ROOT_LEVELS } from '../../src/content/anatomyIdList.mjs';
import { levelInfo } from '../../src/content/segments';
import { FRENCH_CONTENT } from '../../src/i18n/content/dictionary';
import { activateMessages, activeLang } from '../../src/i18n/t';

// Words the anatomy content builds from a level or an id follow the language shown; the fixed texts
// go through the French dictionaries, and the two must say the same thing.

describe('anatomy words built at run time', () => {
  it('stay English while English is on', () => {
    expect(activeLang()).toBe('en');
    expect(levelWords('C5')).toBe('the fifth level of the neck');
    expect(rootWords({ from: 'C5', to: 'C6' })).toBe('about C5–C6, the fifth and sixth levels of the neck');
    expect(getBone('C3')?.name).toBe('C3 vertebra');
    expect(getNerve('root-L4')?.name).toBe('L4 nerve root');
  });

  describe('in French', () => {
    beforeEach(() => activateMessages('fr', {}));
    afterEach(() => activateMessages('en'));

    it('name a level and a range of levels', () => {
      expect(levelWords('C5')).toBe('le cinquième niveau du cou');
      expect(levelWords('T1')).toBe('le premier niveau du haut et du milieu du dos');
      expect(levelWords('S2')).toBe('le deuxième niveau de la base de la colonne');
      expect(rootWords({ from: 'L4', to: 'L4' })).toBe('environ L4, le quatrième niveau du bas du dos');
      expect(rootWords({ from: 'C5', to: 'C6' })).toBe(
        'environ C5–C6, les cinquième et sixième niveaux du cou',
      );
      expect(rootWords({ from: 'C5', to: 'C8' })).toBe(
        'environ C5–C8, du cinquième au huitième niveau du cou',
      );
      expect(rootWords({ from: 'C8', to: 'T1' })).toBe(
        'environ C8–T1, du huitième niveau du cou au premier niveau du haut et du milieu du dos',
      );
    });

    it('name the vertebrae and the nerve roots', () => {
      expect(getBone('C3')?.name).toBe('Vertèbre C3');
      expect(getBone('L5')?.name).toBe('Vertèbre L5');
      expect(getNerve('root-L4')?.name).toBe('Racine nerveuse L4');
    });

    it('say where each root leaves the spine as the nerves dictionary does', () => {
      for (const level of ROOT_LEVELS) {
        activateMessages('en');
        const english = getNerve(`root-${level}`)?.about.text ?? '';
        activateMessages('fr', {});
        const french = FRENCH_CONTENT[english];
        expect(french, `${level}: ${english}`).toBeDefined();
        expect(french, level).toContain(exitWords(level));
      }
    });

    it('reach the segment view, which builds its words when a level is chosen', () => {
      const info = levelInfo('C6');
      expect(info.title).toBe('C6, le sixième niveau du cou');
      expect(info.exit).toBe('Elle sort de la colonne entre les vertèbres C5 et C6.');
    });
  });
});
