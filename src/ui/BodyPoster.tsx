/**
 * A still picture of the body in its starting view, made from the real scene by `npm run poster`.
 * It paints with the words and stands in until the 3D has drawn its first frame.
 */
export const POSTER_URL = `${import.meta.env.BASE_URL}models/body-poster.webp`;

export function BodyPoster({ hidden }: { hidden: boolean }) {
  return (
    <img
      className="body-poster"
      src={POSTER_URL}
      alt=""
      aria-hidden="true"
      decoding="async"
      fetchPriority="high"
      hidden={hidden}
      onError={(event) => {
        event.currentTarget.hidden = true;
      }}
    />
  );
}
