// Optional: on a phone with a big camera, shrink a photo to about 1600 px before it is sent, so a weak
// connection carries a few hundred KB instead of several MB. Without script, the original is sent and the
// server still accepts it up to 5 MB. PDFs and small files are left as they are.
(function () {
  var MAX_SIDE = 1600, SHRINK_ABOVE = 900 * 1024;
  if (!window.DataTransfer || !HTMLCanvasElement.prototype.toBlob || !window.createImageBitmap) return;
  document.querySelectorAll('input[type=file][data-shrink]').forEach(function (input) {
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file || input.dataset.shrunk === file.name || !/^image\/(jpeg|png)$/.test(file.type) || file.size <= SHRINK_ABOVE) return;
      createImageBitmap(file).then(function (image) {
        var scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(image.width * scale);
        canvas.height = Math.round(image.height * scale);
        canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(function (blob) {
          if (!blob || blob.size >= file.size) return;
          var name = file.name.replace(/\.\w+$/, '') + '.jpg';
          var transfer = new DataTransfer();
          transfer.items.add(new File([blob], name, { type: 'image/jpeg' }));
          input.dataset.shrunk = name;
          input.files = transfer.files;
        }, 'image/jpeg', 0.85);
      }).catch(function () { /* the original is sent */ });
    });
  });
})();
