from odoo import _, api, models

from ..tools import upload

PARAM_MAX_MB = 'ccis_portal.upload_max_mb'
PARAM_EXTENSIONS = 'ccis_portal.upload_extensions'
DEFAULT_MAX_MB = 10


class CcisPortalUploadMixin(models.AbstractModel):
    """The checks of the files a member uploads from the portal (orientation requests,
    applications for certificates of origin): one place for the limits and the messages."""
    _name = 'ccis.portal.upload.mixin'
    _description = 'Files Uploaded from the Member Portal'

    @api.model
    def _ccis_upload_limits(self):
        """(maximum size in bytes, allowed extensions), from the system parameters."""
        params = self.env['ir.config_parameter'].sudo()
        try:
            max_mb = float(params.get_param(PARAM_MAX_MB, DEFAULT_MAX_MB))
        except (TypeError, ValueError):
            max_mb = DEFAULT_MAX_MB
        return int(max_mb * 1024 * 1024), upload.parse_extensions(
            params.get_param(PARAM_EXTENSIONS, upload.DEFAULT_EXTENSIONS))

    @api.model
    def _ccis_upload_help(self):
        """(maximum size in MB as text, allowed extensions as text), for the forms."""
        max_bytes, extensions = self._ccis_upload_limits()
        return '%g' % round(max_bytes / 1024.0 / 1024.0, 2), ', '.join(extensions)

    @api.model
    def _ccis_check_uploads(self, files):
        """French errors for the uploaded ``files`` ([(filename, bytes)])."""
        max_bytes, extensions = self._ccis_upload_limits()
        errors = []
        for filename, content in files:
            problem = upload.check_file(filename, content, max_bytes, extensions)
            if problem == 'empty':
                errors.append(_('File "%s" is empty.') % filename)
            elif problem == 'size':
                errors.append(_('File "%s" exceeds the maximum size of %s MB.')
                              % (filename, '%g' % round(max_bytes / 1024.0 / 1024.0, 2)))
            elif problem == 'type':
                errors.append(_('File "%s" is not of an accepted type (%s).')
                              % (filename, ', '.join(extensions)))
            elif problem == 'content':
                errors.append(_('The content of file "%s" does not match its extension.') % filename)
        return errors
