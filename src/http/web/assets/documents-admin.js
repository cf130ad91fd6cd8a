// Documents view, admin side: with an admin key entered, upload files (drag
// and drop or a file picker, with progress) and delete documents. The key
// stays in this tab only (sessionStorage).
const KEY = 'sourced.adminKey';
const form = document.getElementById('admin-key-form');
const input = document.getElementById('admin-key');
const zone = document.getElementById('upload-zone');
const picker = document.getElementById('upload-input');
const progress = document.getElementById('upload-progress');
const status = document.getElementById('admin-status');

const adminKey = () => sessionStorage.getItem(KEY);

function showAdmin() {
  const on = Boolean(adminKey());
  for (const element of document.querySelectorAll('.admin-only')) element.hidden = !on;
  input.value = '';
  input.placeholder = on ? 'key entered' : 'ADMIN_TOKEN';
}

function report(text, kind = 'info') {
  const item = document.createElement('li');
  item.className = `admin-${kind}`;
  item.textContent = text;
  status.prepend(item);
}

function errorText(xhrStatus, body) {
  const message = body?.error?.message ?? `The server answered ${xhrStatus}.`;
  if (xhrStatus === 401) return `${message} Check the admin key.`;
  return message;
}

function upload(file) {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const body = new FormData();
    body.set('file', file);
    request.open('POST', '/api/documents');
    request.setRequestHeader('authorization', `Bearer ${adminKey()}`);
    request.responseType = 'json';
    progress.hidden = false;
    progress.value = 0;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    };
    request.onload = () => {
      progress.hidden = true;
      if (request.status === 201) {
        report(`${file.name}: added as "${request.response.docId}".`, 'ok');
        resolve(true);
      } else {
        report(`${file.name}: ${errorText(request.status, request.response)}`, 'error');
        resolve(false);
      }
    };
    request.onerror = () => {
      progress.hidden = true;
      report(`${file.name}: the server could not be reached.`, 'error');
      resolve(false);
    };
    report(`${file.name}: uploading…`);
    request.send(body);
  });
}

async function uploadAll(files) {
  let added = 0;
  for (const file of files) if (await upload(file)) added += 1;
  if (added > 0) setTimeout(() => location.reload(), 800);
}

async function remove(button) {
  const docId = button.dataset.docId;
  if (!confirm(`Delete "${docId}"? It will no longer be cited.`)) return;
  button.disabled = true;
  const response = await fetch(`/api/documents/${encodeURIComponent(docId)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${adminKey()}` },
  }).catch(() => null);
  if (response?.ok) {
    button.closest('tr')?.remove();
    report(`"${docId}" deleted.`, 'ok');
    return;
  }
  button.disabled = false;
  const body = await response?.json().catch(() => null);
  report(response ? errorText(response.status, body) : 'The server could not be reached.', 'error');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (input.value.trim() === '') return;
  sessionStorage.setItem(KEY, input.value.trim());
  showAdmin();
});
document.getElementById('admin-forget').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  showAdmin();
});
picker.addEventListener('change', () => uploadAll([...picker.files]));
zone.addEventListener('dragover', (event) => {
  event.preventDefault();
  zone.classList.add('dragging');
});
zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
zone.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('dragging');
  uploadAll([...event.dataTransfer.files]);
});
for (const button of document.querySelectorAll('.delete-document'))
  button.addEventListener('click', () => remove(button));
showAdmin();
