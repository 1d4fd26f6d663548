import { BONE_IDS } from '../anatomyIdList.mjs';
import type { Statement } from '../schema';
import { say } from '../statement';
import { isFrench } from './lang';
import { ORDINALS } from './rootWords';
import type { BodyGroupId, BoneId, BoneInfo } from './types';

// Every bone of the skeleton layer, in the order of BONE_IDS: one plain sentence each (standard
// anatomy, Gray's Anatomy). The skeleton is simplified; the vertebrae are each their own part.

const about = (text: string): Statement => say(text, 'grays-anatomy');

type Region = 'neck' | 'mid back' | 'low back';
const PREFIX: Record<Region, string> = { neck: 'C', 'mid back': 'T', 'low back': 'L' };

/** What each vertebra is called and a plain sentence about it; the top two neck bones are special. */
function vertebra(region: Region, n: number): BoneInfo {
  const id = `${PREFIX[region]}${n}` as BoneId;
  const nth = ORDINALS[n - 1] ?? String(n);
  const plainName = `The ${nth} bone of the ${region}`;
  const group: BodyGroupId = region === 'neck' ? 'head-neck' : 'shoulder-back';
  const special: Partial<Record<string, string>> = {
    C1: 'The atlas, the top bone of the neck, is a ring that holds up the skull. It lets you nod.',
    C2: 'The axis has a peg that the atlas turns around. It lets you turn your head to look left and right.',
    C7: 'Its long spine is the bump you can feel at the base of the neck.',
    T1: 'The first rib joins it. It sits just below the bump at the base of the neck.',
    T12: 'The last rib joins it. Below it, the low back begins.',
    L5: 'The lowest bone of the low back. It sits on the sacrum and carries a lot of load.',
  };
  const text =
    special[id] ??
    (region === 'neck'
      ? `One of the seven neck bones. The C${n} nerve leaves the spine just above it, the C${n + 1} nerve just below it.`
      : region === 'mid back'
        ? `One of the twelve bones of the mid back. A pair of ribs joins it, and the T${n} nerve leaves just below it.`
        : `One of the five big bones of the low back. The L${n} nerve, to the hip and leg, leaves just below it.`);
  return {
    id,
    // "C5 vertebra" is a code to the French dictionaries (they skip it), so it is worded when read.
    get name() {
      return isFrench() ? `Vertèbre ${id}` : `${id} vertebra`;
    },
    plainName,
    group,
    about: about(text),
  };
}

const VERTEBRAE: BoneInfo[] = [
  ...Array.from({ length: 7 }, (_, i) => vertebra('neck', i + 1)),
  ...Array.from({ length: 12 }, (_, i) => vertebra('mid back', i + 1)),
  ...Array.from({ length: 5 }, (_, i) => vertebra('low back', i + 1)),
];

const OTHERS: BoneInfo[] = [
  {
    id: 'sacrum',
    name: 'Sacrum',
    plainName: 'Base of the spine',
    group: 'shoulder-back',
    about: about(
      'Five bones joined into one wedge (S1 to S5) at the base of the spine. It sits between the two hip bones.',
    ),
  },
  {
    id: 'coccyx',
    name: 'Coccyx',
    plainName: 'Tailbone',
    group: 'shoulder-back',
    about: about('The tailbone: three to five tiny bones joined at the bottom of the sacrum.'),
  },
  {
    id: 'skull',
    name: 'Skull',
    plainName: 'Skull',
    group: 'head-neck',
    about: about('The bones of the head. They protect the brain and give the face its shape.'),
  },
  {
    id: 'mandible',
    name: 'Mandible',
    plainName: 'Jaw bone',
    group: 'head-neck',
    about: about(
      'The lower jaw, the only bone of the head that moves. It hinges at the jaw joint, just in front of the ear.',
    ),
  },
  {
    id: 'rib-cage',
    name: 'Ribs',
    plainName: 'Rib cage',
    group: 'shoulder-back',
    about: about(
      'Twelve pairs of ribs curve from the mid-back bones to the front. They guard the heart and lungs.',
    ),
  },
  {
    id: 'sternum',
    name: 'Sternum',
    plainName: 'Breastbone',
    group: 'shoulder-back',
    about: about('The flat bone down the front of the chest. The collarbones and most ribs join it.'),
  },
  {
    id: 'clavicle',
    name: 'Clavicle',
    plainName: 'Collarbone',
    group: 'shoulder-back',
    about: about(
      'The collarbone joins the breastbone to the shoulder blade and holds the shoulder out to the side.',
    ),
  },
  {
    id: 'scapula',
    name: 'Scapula',
    plainName: 'Shoulder blade',
    group: 'shoulder-back',
    about: about(
      'The flat, three-sided bone on the upper back. Many shoulder muscles start on it, and it glides as the arm moves.',
    ),
  },
  {
    id: 'humerus',
    name: 'Humerus',
    plainName: 'Upper arm bone',
    group: 'arm-hand',
    about: about('The bone of the upper arm, from the shoulder joint to the elbow.'),
  },
  {
    id: 'radius',
    name: 'Radius',
    plainName: 'Forearm bone (thumb side)',
    group: 'arm-hand',
    about: about(
      'The forearm bone on the thumb side. It turns around the ulna when you turn your palm up or down.',
    ),
  },
  {
    id: 'ulna',
    name: 'Ulna',
    plainName: 'Forearm bone (little-finger side)',
    group: 'arm-hand',
    about: about('The forearm bone on the little-finger side. Its tip is the point of the elbow.'),
  },
  {
    id: 'hand-bones',
    name: 'Bones of the hand',
    plainName: 'Hand and wrist bones',
    group: 'arm-hand',
    about: about('Twenty-seven small bones make up the wrist, the palm and the fingers.'),
  },
  {
    id: 'pelvis',
    name: 'Pelvis (hip bones)',
    plainName: 'Hip bones',
    group: 'hip-thigh',
    about: about(
      'The two hip bones form a ring with the sacrum. The ball of the thigh bone fits into a cup on each side.',
    ),
  },
  {
    id: 'femur',
    name: 'Femur',
    plainName: 'Thigh bone',
    group: 'hip-thigh',
    about: about('The thigh bone, the longest bone in the body, from the hip joint to the knee.'),
  },
  {
    id: 'patella',
    name: 'Patella',
    plainName: 'Kneecap',
    group: 'hip-thigh',
    about: about(
      'The kneecap sits in the tendon of the thigh muscles and glides in a groove at the end of the thigh bone.',
    ),
  },
  {
    id: 'tibia',
    name: 'Tibia',
    plainName: 'Shin bone',
    group: 'leg-foot',
    about: about(
      'The shin bone carries the weight of the body from the knee to the ankle. Its front edge is just under the skin.',
    ),
  },
  {
    id: 'fibula',
    name: 'Fibula',
    plainName: 'Thin bone of the outer leg',
    group: 'leg-foot',
    about: about('The thin bone on the outer side of the leg. Its lower end is the bump on the outer ankle.'),
  },
  {
    id: 'foot-bones',
    name: 'Bones of the foot',
    plainName: 'Foot and ankle bones',
    group: 'leg-foot',
    about: about('Twenty-six bones make up the ankle, the arch and the toes. The heel bone is the biggest.'),
  },
];

const byId = new Map([...VERTEBRAE, ...OTHERS].map((b) => [b.id, b]));

/** Every bone, in the order of BONE_IDS. */
export const BONES: readonly BoneInfo[] = BONE_IDS.map((id) => {
  const bone = byId.get(id);
  if (!bone) throw new Error(`no content for bone ${id}`);
  return bone;
});
