/** Soft studio light made locally: no environment maps, nothing fetched from another host. */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#fffaf2', '#b9a999', 1.15]} />
      <directionalLight position={[2.5, 4, 3.5]} intensity={1.6} color="#fff4e8" />
      <directionalLight position={[-3, 2.5, 2]} intensity={0.55} color="#e8f0ff" />
      <directionalLight position={[0, 3, -4]} intensity={0.8} color="#fff8f0" />
    </>
  );
}
