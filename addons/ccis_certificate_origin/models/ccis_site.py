from odoo import api, fields, models


class CcisSite(models.Model):
    _inherit = 'ccis.site'

    ccis_certificate_sequence_id = fields.Many2one(
        'ir.sequence', string='Certificate of Origin Numbering', copy=False,
        ondelete='restrict',
        help='Numbers of the certificates of origin issued by the site, without gaps, per year.')

    @api.model
    def create(self, vals):
        site = super(CcisSite, self).create(vals)
        site._ccis_certificate_sequence()
        return site

    @api.model
    def _ccis_create_certificate_sequences(self):
        """Give every site its certificate numbering (called by the data at each update)."""
        for site in self.with_context(active_test=False).search([]):
            site._ccis_certificate_sequence()
        return True

    @api.multi
    def _ccis_certificate_sequence(self):
        """The site's gapless yearly sequence of certificates, created the first time.

        The site's row is locked first, so that two agents issuing the site's very first
        certificate at once do not create two sequences (the second waits, then is retried).
        Sequences are configuration that staff cannot create: made as superuser."""
        self.ensure_one()
        if self.ccis_certificate_sequence_id:
            return self.ccis_certificate_sequence_id
        self.env.cr.execute("SELECT id FROM ccis_site WHERE id = %s FOR UPDATE", (self.id,))
        site = self.sudo()
        site.invalidate_cache(['ccis_certificate_sequence_id'], site.ids)
        if not site.ccis_certificate_sequence_id:
            sequence = self.env['ir.sequence'].sudo()._ccis_create_yearly(
                "Certificats d'origine – %s" % site.name, 'ccis.certificate.origin.%s' % site.code,
                'CO/%s/%%(range_year)s/' % site.code, 5)
            site.write({'ccis_certificate_sequence_id': sequence.id})
        return self.browse(site.id).ccis_certificate_sequence_id
