// Fills the request form's hidden latitude and longitude when the browser offers the location.
// Optional: without it (no script, no permission, no signal) the form works on the state alone.
(function () {
  var lat = document.querySelector('[data-location="latitude"]');
  var lon = document.querySelector('[data-location="longitude"]');
  if (!lat || !lon || !navigator.geolocation) { return; }
  var note = document.getElementById('location-note');
  if (note) { note.hidden = false; }
  navigator.geolocation.getCurrentPosition(function (position) {
    lat.value = position.coords.latitude.toFixed(4);
    lon.value = position.coords.longitude.toFixed(4);
  }, function () { /* refused or unavailable: the state answer is enough */ }, { maximumAge: 600000, timeout: 20000 });
})();
