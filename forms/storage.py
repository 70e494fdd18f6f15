"""Wizard state kept on the draft row, so it outlives sessions and never crosses tabs."""

from formtools.wizard.storage.base import BaseStorage

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from .models import Document, Draft


class StoredUpload(UploadedFile):
    """A document already saved with the draft, handed back to the step's form."""

    def __init__(self, document):
        super().__init__(
            file=document.file.open("rb"),
            name=document.original_name,
            content_type=document.content_type,
            size=document.size,
        )
        self.document_id = document.pk


class DraftStorage(BaseStorage):
    """formtools storage backed by ``Draft.state`` and ``Document`` rows.

    Only the steps a request changed are written back, merged into the row
    as it is at that moment (under a row lock), so two tabs on one draft do
    not overwrite each other's steps.
    """

    def __init__(self, draft, request=None):
        super().__init__(f"draft_{draft.pk}", request, file_storage=None)
        self.draft = draft
        self.data = draft.state or {}
        if not self.data:
            self.init_data()
        self._changed_steps = set()
        self._changed_meta = False
        self._was_reset = False

    # formtools calls these with whole values; note what changed.
    def _set_current_step(self, step):
        super()._set_current_step(step)
        self._changed_meta = True

    def _set_extra_data(self, extra_data):
        super()._set_extra_data(extra_data)
        self._changed_meta = True

    def set_step_data(self, step, cleaned_data):
        super().set_step_data(step, cleaned_data)
        self._changed_steps.add(step)

    def reset(self):
        self.init_data()
        self._changed_meta = True
        self._was_reset = True
        self._changed_steps = set()

    def get_step_files(self, step):
        stored = self.data[self.step_files_key].get(step) or {}
        if not stored:
            return None
        ids = [pk for pks in stored.values() for pk in pks]
        documents = Document.objects.filter(pk__in=ids, draft=self.draft).in_bulk()
        files = MultiValueDict()
        for field, pks in stored.items():
            for pk in pks:
                if pk in documents:
                    upload = StoredUpload(documents[pk])
                    # formtools' update_response closes every file kept in
                    # _files once the response is rendered.
                    self._files[id(upload)] = upload
                    files.appendlist(field, upload)
        return files

    def set_step_files(self, step, files, partial=False):
        """Keep the step's documents: new uploads are saved, replaced ones deleted.

        With ``partial``, fields missing from ``files`` keep what they had:
        valid uploads of a step that failed are kept that way.
        """
        previous = self.data[self.step_files_key].get(step) or {}
        kept = {field: pks for field, pks in previous.items() if partial}
        for field in files or {}:
            uploads = files.getlist(field) if isinstance(files, MultiValueDict) else [files[field]]
            kept[field] = [self._save(step, field, upload) for upload in uploads if upload]
        for field, pks in previous.items():
            gone = set(pks) - set(kept.get(field, ()))
            if gone:
                for document in Document.objects.filter(pk__in=gone, draft=self.draft):
                    document.delete_file()
                    document.delete()
        self.data[self.step_files_key][step] = kept
        self._changed_steps.add(step)

    def _save(self, step, field, upload):
        if getattr(upload, "document_id", None):
            return upload.document_id
        upload.seek(0)
        document = Document(
            draft=self.draft,
            step=step,
            field=field,
            original_name=upload.name[-200:],
            content_type=upload.content_type or "",
            size=upload.size,
        )
        document.file.save(upload.name[-100:], upload, save=False)
        document.save()
        return document.pk

    def update_response(self, response):
        self.save()
        super().update_response(response)

    @transaction.atomic
    def save(self):
        if not (self._changed_steps or self._changed_meta):
            return
        row = Draft.objects.select_for_update().get(pk=self.draft.pk)
        if row.application_id:
            # A sent draft keeps no answers: neither the request that sent it nor
            # a late one from another tab may write them back.
            return
        state = row.state or {}
        if not state:
            state = {key: value for key, value in self.data.items() if key != self.step_data_key}
            state[self.step_data_key] = {}
            state[self.step_files_key] = {}
        for step in self._changed_steps:
            for key in (self.step_data_key, self.step_files_key):
                if step in self.data[key]:
                    state.setdefault(key, {})[step] = self.data[key][step]
        if self._changed_meta:
            state[self.step_key] = self.data[self.step_key]
            state[self.extra_data_key] = self.data[self.extra_data_key]
        if self._was_reset:
            state[self.step_data_key] = {}
            state[self.step_files_key] = {}
        Draft.objects.filter(pk=row.pk).update(state=state, updated_at=timezone.now())
        self.draft.state = state
