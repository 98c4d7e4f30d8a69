from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import period


class CcisDocumentation(models.Model):
    """A document of the chamber's documentation fund (a study, a publication, a report, an
    economic outlook note...), classified by kind, themes, territory and keywords, with its
    file; published to the staff (internal) or also shareable with the members."""
    _name = 'ccis.documentation'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _description = 'Library Document'
    _order = 'year desc, date_published desc, id desc'

    name = fields.Char('Title', required=True, index=True, track_visibility='onchange')
    kind_id = fields.Many2one('ccis.documentation.kind', 'Document Type', required=True,
                              index=True, ondelete='restrict', track_visibility='onchange')
    theme_ids = fields.Many2many('ccis.economic.theme', 'ccis_documentation_theme_rel',
                                 'documentation_id', 'theme_id', 'Themes')
    tag_ids = fields.Many2many('ccis.documentation.tag', 'ccis_documentation_tag_rel',
                               'documentation_id', 'tag_id', 'Keywords')
    region_id = fields.Many2one('ccis.region', 'Region', index=True, ondelete='restrict')
    province_id = fields.Many2one('ccis.province', 'Province / Prefecture', index=True,
                                  ondelete='restrict',
                                  domain="[('region_id', '=?', region_id)]")
    author = fields.Char('Author', index=True)
    publisher = fields.Char('Publisher', index=True,
                            help='Organization publishing the document (the chamber, HCP, Bank Al-Maghrib...).')
    year = fields.Integer('Publication Year', required=True, index=True,
                          default=lambda self: fields.Date.from_string(
                              fields.Date.context_today(self)).year)
    abstract = fields.Text('Summary')
    classification = fields.Char('Call Number', index=True, copy=False,
                                 help='Call number under which the document is filed in the library.')
    document = fields.Binary('File', attachment=True, copy=False)
    document_name = fields.Char('File Name', copy=False)
    visibility = fields.Selection([
        ('internal', 'Internal'),
        ('members', 'Members'),
    ], 'Audience', required=True, default='internal', index=True, track_visibility='onchange',
        help='Internal: restricted to chamber staff. Members: can be attached to newsletters sent to members.')
    unit_id = fields.Many2one(
        'hr.department', 'Unit', index=True, ondelete='restrict',
        default=lambda self: self.env.user._ccis_default_unit(),
        help='Unit that added the document to the library (counts in its indicators).')
    user_id = fields.Many2one('res.users', 'Responsible', index=True,
                              default=lambda self: self.env.user)
    date_published = fields.Date('Release Date', index=True, copy=False,
                                 track_visibility='onchange',
                                 help='Date on which the document was made available.')
    state = fields.Selection([
        ('draft', 'Draft'),
        ('published', 'Released'),
        ('archived', 'In Archive'),
    ], 'State', required=True, default='draft', index=True, copy=False,
        track_visibility='onchange')
    color = fields.Integer('Color')

    _sql_constraints = [
        ('classification_unique', 'unique(classification)',
         'The call number must be unique in the document library.'),
    ]

    @api.constrains('year')
    def _check_year(self):
        for document in self:
            if not period.YEAR_MIN <= document.year <= period.YEAR_MAX:
                raise ValidationError(_(
                    'Document "%s": the publication year ("Publication Year" field) must be between %s and %s.')
                    % (document.name, period.YEAR_MIN, period.YEAR_MAX))

    @api.constrains('region_id', 'province_id')
    def _check_territory(self):
        for document in self:
            if document.province_id and document.region_id \
                    and document.province_id.region_id != document.region_id:
                raise ValidationError(_(
                    'Document "%s": province "%s" ("Province / Prefecture" field) is not in region "%s".')
                    % (document.name, document.province_id.name, document.region_id.name))

    @api.onchange('province_id')
    def _onchange_province_id(self):
        if self.province_id:
            self.region_id = self.province_id.region_id

    @api.multi
    def unlink(self):
        published = self.filtered(lambda document: document.state != 'draft')
        if published:
            raise UserError(_(
                'Document "%s": a released document cannot be deleted; archive it instead.')
                % published[0].name)
        return super(CcisDocumentation, self).unlink()

    @api.multi
    def action_publish(self):
        for document in self:
            if document.state != 'draft':
                raise UserError(_('Document "%s": only a draft can be released.')
                                % document.name)
            if not document.document:
                raise UserError(_('Document "%s": attach the file ("File" field) before releasing it.') % document.name)
        today = fields.Date.context_today(self)
        for document in self:
            document.write({'state': 'published',
                            'date_published': document.date_published or today})
        return True

    @api.multi
    def action_archive_document(self):
        for document in self:
            if document.state != 'published':
                raise UserError(_('Document "%s": only a released document can be archived.') % document.name)
        self.write({'state': 'archived'})
        return True

    @api.multi
    def action_reset_draft(self):
        self.write({'state': 'draft'})
        return True
