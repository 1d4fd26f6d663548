import type { AreaId } from './areas';
import type { RegionId } from './regionIds';
import type { Region } from './schema';

// One entry per body region in regionIds.ts. "Left" and "right" are the person's own sides.
// Aliases are the everyday words people type into the search box.

interface RegionBase {
  shortName: string;
  areaId: AreaId;
  aliases: string[];
  description: string;
}

function centre(id: RegionId, base: RegionBase): Region {
  return { id, name: base.shortName, side: 'centre', ...base };
}

/** The left and right twins of one place, e.g. "Left heel" and "Right heel". */
function pair(stem: string, base: RegionBase): Region[] {
  const lower = base.shortName.charAt(0).toLowerCase() + base.shortName.slice(1);
  return (['left', 'right'] as const).map((side) => ({
    id: `${stem}-${side}` as RegionId,
    name: `${side === 'left' ? 'Left' : 'Right'} ${lower}`,
    side,
    ...base,
    aliases: [...base.aliases, `${side} ${lower}`],
  }));
}

export const REGIONS: Region[] = [
  centre('head', {
    shortName: 'Head',
    areaId: 'head-neck',
    aliases: ['temple', 'temples', 'forehead', 'back of the head', 'skull', 'scalp', 'behind the eyes'],
    description: 'The head, from the forehead and temples to the back of the skull.',
  }),
  ...pair('jaw', {
    shortName: 'Jaw',
    areaId: 'head-neck',
    aliases: ['jaw joint', 'cheek', 'chin', 'chewing', 'in front of the ear', 'TMJ'],
    description: 'The jaw joint sits just in front of the ear. The chewing muscles cover the cheek.',
  }),
  centre('neck', {
    shortName: 'Neck',
    areaId: 'head-neck',
    aliases: ['stiff neck', 'back of the neck', 'nape', 'throat', 'cervical spine'],
    description: 'The neck, from the base of the skull down to the shoulders.',
  }),
  ...pair('shoulder', {
    shortName: 'Shoulder',
    areaId: 'arms-hands',
    aliases: ['top of the shoulder', 'shoulder blade', 'collarbone', 'shoulders'],
    description: 'The top of the shoulder, where the neck muscles meet the arm.',
  }),
  centre('upper-back', {
    shortName: 'Upper back',
    areaId: 'back',
    aliases: ['top of the back', 'shoulder blades', 'upper spine', 'between the shoulders'],
    description: 'The top of the back, across the shoulder blades.',
  }),
  centre('mid-back', {
    shortName: 'Mid back',
    areaId: 'back',
    aliases: ['middle back', 'middle of the back', 'between the shoulder blades', 'thoracic spine', 'ribs'],
    description: 'The middle of the back, below the shoulder blades and behind the ribs.',
  }),
  centre('lower-back', {
    shortName: 'Lower back',
    areaId: 'back',
    aliases: ['low back', 'small of the back', 'lumbar', 'lumbar spine', 'back'],
    description: 'The lower back, between the ribs and the top of the hips.',
  }),
  centre('chest', {
    shortName: 'Chest',
    areaId: 'chest-belly',
    aliases: ['breast bone', 'breastbone', 'pecs', 'rib cage'],
    description: 'The front of the chest, over the ribs.',
  }),
  centre('abdomen', {
    shortName: 'Belly',
    areaId: 'chest-belly',
    aliases: ['abdomen', 'stomach', 'tummy', 'tum', 'gut', 'abs'],
    description: 'The belly, from below the ribs to the top of the hips.',
  }),
  ...pair('upper-arm', {
    shortName: 'Upper arm',
    areaId: 'arms-hands',
    aliases: ['arm', 'biceps', 'triceps'],
    description: 'The upper arm, from the shoulder to the elbow.',
  }),
  ...pair('elbow-outer', {
    shortName: 'Outer elbow',
    areaId: 'arms-hands',
    aliases: ['elbow', 'outside of the elbow', 'outer elbow'],
    description: 'The outer side of the elbow, on the thumb side of the arm.',
  }),
  ...pair('elbow-inner', {
    shortName: 'Inner elbow',
    areaId: 'arms-hands',
    aliases: ['elbow', 'funny bone', 'inside of the elbow', 'inner elbow'],
    description: 'The inner side of the elbow, on the little finger side. The funny bone is here.',
  }),
  ...pair('forearm', {
    shortName: 'Forearm',
    areaId: 'arms-hands',
    aliases: ['lower arm', 'arm', 'forearm muscles'],
    description: 'The forearm, from the elbow to the wrist. Its muscles move the wrist and fingers.',
  }),
  ...pair('wrist', {
    shortName: 'Wrist',
    areaId: 'arms-hands',
    aliases: ['wrist joint', 'carpal'],
    description: 'The wrist, where the hand meets the forearm.',
  }),
  ...pair('hand', {
    shortName: 'Hand',
    areaId: 'arms-hands',
    aliases: ['palm', 'fingers', 'finger', 'thumb', 'knuckles'],
    description: 'The hand: the palm, the thumb and the fingers.',
  }),
  ...pair('hip', {
    shortName: 'Hip and buttock',
    areaId: 'hips-legs',
    aliases: ['hip', 'buttock', 'bum', 'butt', 'bottom', 'glutes', 'seat'],
    description: 'The side of the hip and the buttock.',
  }),
  ...pair('thigh-front', {
    shortName: 'Front of the thigh',
    areaId: 'hips-legs',
    aliases: ['thigh', 'quads', 'front thigh', 'upper leg'],
    description: 'The front of the thigh, over the big muscles that straighten the knee.',
  }),
  ...pair('thigh-outer', {
    shortName: 'Outer thigh',
    areaId: 'hips-legs',
    aliases: ['thigh', 'side of the thigh', 'side of the leg', 'IT band'],
    description: 'The outer side of the thigh, from the hip down to the knee.',
  }),
  ...pair('thigh-back', {
    shortName: 'Back of the thigh',
    areaId: 'hips-legs',
    aliases: ['thigh', 'hamstrings', 'hamstring', 'back of the leg'],
    description: 'The back of the thigh, over the hamstring muscles.',
  }),
  ...pair('knee', {
    shortName: 'Knee',
    areaId: 'hips-legs',
    aliases: ['kneecap', 'knee cap', 'patella', 'front of the knee', 'side of the knee'],
    description: 'The knee and the kneecap.',
  }),
  ...pair('shin', {
    shortName: 'Shin',
    areaId: 'hips-legs',
    aliases: ['shin bone', 'shinbone', 'front of the lower leg', 'lower leg'],
    description: 'The shin, the front and inner edge of the lower leg.',
  }),
  ...pair('calf', {
    shortName: 'Calf',
    areaId: 'hips-legs',
    aliases: ['calf muscle', 'back of the lower leg', 'lower leg'],
    description: 'The calf, the muscles at the back of the lower leg.',
  }),
  ...pair('heel', {
    shortName: 'Heel',
    areaId: 'feet',
    aliases: ['back of the heel', 'ankle', 'heel bone', 'Achilles'],
    description: 'The heel, and the back of the ankle where the heel cord attaches.',
  }),
  ...pair('foot', {
    shortName: 'Top of the foot',
    areaId: 'feet',
    aliases: ['foot', 'top of foot', 'toes', 'instep', 'ankle'],
    description: 'The top of the foot and the toes.',
  }),
  ...pair('sole', {
    shortName: 'Sole',
    areaId: 'feet',
    aliases: ['sole of the foot', 'bottom of the foot', 'underside of the foot', 'arch', 'foot'],
    description: 'The sole of the foot, from the heel to the ball of the foot, with the arch between.',
  }),
];
