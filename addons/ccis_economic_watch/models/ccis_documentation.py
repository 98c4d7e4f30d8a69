from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import period


class CcisDocumentation(models.Model):
    """A document of the chamber's documentation fund (a study, a publication, a report, an
    economic outlook note...), classified by kind, themes, territory and keywords, with its
    file; published to the staff (internal) or also shareable with the members."""
    _name = 'ccis.documentation'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _description = 'Document du fonds documentaire'
    _order = 'year desc, date_published desc, id desc'

    name = fields.Char('Titre', required=True, index=True, track_visibility='onchange')
    kind_id = fields.Many2one('ccis.documentation.kind', 'Type de document', required=True,
                              index=True, ondelete='restrict', track_visibility='onchange')
    theme_ids = fields.Many2many('ccis.economic.theme', 'ccis_documentation_theme_rel',
                                 'documentation_id', 'theme_id', 'Thèmes')
    tag_ids = fields.Many2many('ccis.documentation.tag', 'ccis_documentation_tag_rel',
                               'documentation_id', 'tag_id', 'Mots-clés')
    region_id = fields.Many2one('ccis.region', 'Région', index=True, ondelete='restrict')
    province_id = fields.Many2one('ccis.province', 'Province / préfecture', index=True,
                                  ondelete='restrict',
                                  domain="[('region_id', '=?', region_id)]")
    author = fields.Char('Auteur', index=True)
    publisher = fields.Char('Éditeur', index=True,
                            help='Organisme qui publie le document (la chambre, le HCP, '
                                 'Bank Al-Maghrib...).')
    year = fields.Integer('Année de parution', required=True, index=True,
                          default=lambda self: fields.Date.from_string(
                              fields.Date.context_today(self)).year)
    abstract = fields.Text('Résumé')
    classification = fields.Char('Cote', index=True, copy=False,
                                 help='Cote de classement du document dans le fonds.')
    document = fields.Binary('Fichier', attachment=True, copy=False)
    document_name = fields.Char('Nom du fichier', copy=False)
    visibility = fields.Selection([
        ('internal', 'Interne'),
        ('members', 'Ressortissants'),
    ], 'Diffusion', required=True, default='internal', index=True, track_visibility='onchange',
        help="Interne : réservé au personnel de la chambre. Ressortissants : peut être joint "
             "aux lettres d'information envoyées aux ressortissants.")
    unit_id = fields.Many2one(
        'hr.department', 'Unité', index=True, ondelete='restrict',
        default=lambda self: self.env.user._ccis_default_unit(),
        help='Unité qui a versé le document au fonds (compte dans ses indicateurs).')
    user_id = fields.Many2one('res.users', 'Responsable', index=True,
                              default=lambda self: self.env.user)
    date_published = fields.Date('Date de diffusion', index=True, copy=False,
                                 track_visibility='onchange',
                                 help='Date où le document a été mis à disposition.')
    state = fields.Selection([
        ('draft', 'Brouillon'),
        ('published', 'Diffusé'),
        ('archived', 'Archivé'),
    ], 'État', required=True, default='draft', index=True, copy=False,
        track_visibility='onchange')
    color = fields.Integer('Couleur')

    _sql_constraints = [
        ('classification_unique', 'unique(classification)',
         'La cote doit être unique dans le fonds documentaire.'),
    ]

    @api.constrains('year')
    def _check_year(self):
        for document in self:
            if not period.YEAR_MIN <= document.year <= period.YEAR_MAX:
                raise ValidationError(_(
                    "Document « %s » : l'année de parution (champ « Année de parution ») doit "
                    "être comprise entre %s et %s.")
                    % (document.name, period.YEAR_MIN, period.YEAR_MAX))

    @api.constrains('region_id', 'province_id')
    def _check_territory(self):
        for document in self:
            if document.province_id and document.region_id \
                    and document.province_id.region_id != document.region_id:
                raise ValidationError(_(
                    "Document « %s » : la province « %s » (champ « Province / préfecture ») "
                    "n'est pas dans la région « %s ».")
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
                "Document « %s » : un document diffusé ne peut être supprimé ; archivez-le.")
                % published[0].name)
        return super(CcisDocumentation, self).unlink()

    @api.multi
    def action_publish(self):
        for document in self:
            if document.state != 'draft':
                raise UserError(_("Document « %s » : seul un brouillon peut être diffusé.")
                                % document.name)
            if not document.document:
                raise UserError(_("Document « %s » : joignez le fichier (champ « Fichier ») "
                                  "avant de le diffuser.") % document.name)
        today = fields.Date.context_today(self)
        for document in self:
            document.write({'state': 'published',
                            'date_published': document.date_published or today})
        return True

    @api.multi
    def action_archive_document(self):
        for document in self:
            if document.state != 'published':
                raise UserError(_("Document « %s » : seul un document diffusé peut être "
                                  "archivé.") % document.name)
        self.write({'state': 'archived'})
        return True

    @api.multi
    def action_reset_draft(self):
        self.write({'state': 'draft'})
        return True
