"""Possible duplicates of a member: same RC and court, same normalised name, or same
transliterated skeleton of the French or Arabic name; merged with the merge wizard."""
from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools import normalize


class ResPartner(models.Model):
    _inherit = 'res.partner'

    ccis_name_key = fields.Char(
        string='Normalized Name', compute='_compute_ccis_name_keys', store=True, index=True)
    ccis_name_skeleton = fields.Char(
        string='Name Skeleton', compute='_compute_ccis_name_keys', store=True, index=True)
    ccis_name_ar_skeleton = fields.Char(
        string='Arabic Name Skeleton', compute='_compute_ccis_name_keys', store=True,
        index=True)
    ccis_duplicate_ids = fields.Many2many(
        'res.partner', string='Possible Duplicates', compute='_compute_ccis_duplicate_ids',
        search='_search_ccis_duplicate_ids')
    ccis_duplicate_count = fields.Integer(
        string='Number of Possible Duplicates', compute='_compute_ccis_duplicate_ids')

    @api.depends('name', 'ccis_name_ar', 'ccis_is_member')
    def _compute_ccis_name_keys(self):
        for partner in self:
            if not partner.ccis_is_member:
                partner.ccis_name_key = False
                partner.ccis_name_skeleton = False
                partner.ccis_name_ar_skeleton = False
                continue
            partner.ccis_name_key = normalize.name_key(partner.name)
            partner.ccis_name_skeleton = normalize.name_skeleton(partner.name)
            partner.ccis_name_ar_skeleton = normalize.name_skeleton(partner.ccis_name_ar)

    def _ccis_duplicate_domain(self):
        """Domain of the members that may be the same business as ``self``."""
        self.ensure_one()
        clauses = []
        if self.ccis_rc and self.ccis_court_id:
            clauses.append(['&', ('ccis_rc', '=', self.ccis_rc),
                            ('ccis_court_id', '=', self.ccis_court_id.id)])
        if self.ccis_name_key:
            clauses.append([('ccis_name_key', '=', self.ccis_name_key)])
        skeletons = [s for s in (self.ccis_name_skeleton, self.ccis_name_ar_skeleton) if s]
        if skeletons:
            clauses.append([('ccis_name_skeleton', 'in', skeletons)])
            clauses.append([('ccis_name_ar_skeleton', 'in', skeletons)])
        if not clauses:
            return None
        domain = ['|'] * (len(clauses) - 1)
        for clause in clauses:
            domain += clause
        own_id = self.id if isinstance(self.id, int) else 0
        return [('ccis_is_member', '=', True), ('id', '!=', own_id)] + domain

    @api.depends('name', 'ccis_name_ar', 'ccis_rc', 'ccis_court_id')
    def _compute_ccis_duplicate_ids(self):
        for partner in self:
            domain = partner.ccis_is_member and partner._ccis_duplicate_domain()
            duplicates = self.search(domain, limit=50) if domain else self.browse()
            partner.ccis_duplicate_ids = duplicates
            partner.ccis_duplicate_count = len(duplicates)

    def _search_ccis_duplicate_ids(self, operator, value):
        """Only ``('ccis_duplicate_ids', '!=', False)``: members having a possible duplicate
        (``_ccis_duplicated_member_ids``)."""
        if operator not in ('!=', '=') or value is not False:
            raise UserError(_('Search on possible duplicates is not supported.'))
        ids = self._ccis_duplicated_member_ids()
        return [('id', 'in' if operator == '!=' else 'not in', ids)]

    @api.model
    def _ccis_duplicated_member_ids(self):
        """Ids of the active members sharing a key with another active member: the same RC
        and court, the same normalised name, or the same skeleton (of the French or the
        Arabic name, one space for both).

        In two steps, so that no query groups the whole registry in memory: the key values
        held more than once in the table (whoever holds them), read from the keys' sorted
        indexes; then only the members holding one of those values, whose keys are grouped
        again to keep those shared by two active members."""
        cr = self._cr
        cr.execute("""
            SELECT 'N', ccis_name_key, NULL::integer FROM res_partner
             WHERE ccis_name_key IS NOT NULL GROUP BY ccis_name_key HAVING count(*) > 1
            UNION ALL
            SELECT 'R', ccis_rc, ccis_court_id FROM res_partner
             WHERE ccis_rc IS NOT NULL AND ccis_court_id IS NOT NULL
             GROUP BY ccis_rc, ccis_court_id HAVING count(*) > 1
            UNION ALL
            SELECT 'S', ccis_name_skeleton, NULL FROM res_partner
             WHERE ccis_name_skeleton IS NOT NULL GROUP BY ccis_name_skeleton
            HAVING count(*) > 1
            UNION ALL
            SELECT 'S', ccis_name_ar_skeleton, NULL FROM res_partner
             WHERE ccis_name_ar_skeleton IS NOT NULL GROUP BY ccis_name_ar_skeleton
            HAVING count(*) > 1
            UNION ALL
            SELECT DISTINCT 'S', a.ccis_name_ar_skeleton, NULL::integer FROM res_partner a
             WHERE a.ccis_name_ar_skeleton IS NOT NULL AND EXISTS (
                   SELECT 1 FROM res_partner b
                    WHERE b.ccis_name_skeleton = a.ccis_name_ar_skeleton)
        """)
        names, rcs, courts, skeletons = set(), [], [], set()
        for kind, key, court_id in cr.fetchall():
            if kind == 'N':
                names.add(key)
            elif kind == 'R':
                rcs.append(key)
                courts.append(court_id)
            else:
                skeletons.add(key)
        if not (names or rcs or skeletons):
            return []
        cr.execute("""
            WITH keys AS (
                SELECT id, 'R' || ccis_court_id || ':' || ccis_rc AS k FROM res_partner
                 WHERE ccis_is_member AND active AND (ccis_rc, ccis_court_id) IN (
                       SELECT * FROM unnest(%s::varchar[], %s::integer[]))
                UNION ALL
                SELECT id, 'N' || ccis_name_key FROM res_partner
                 WHERE ccis_is_member AND active AND ccis_name_key = ANY(%s::varchar[])
                UNION ALL
                SELECT id, 'S' || ccis_name_skeleton FROM res_partner
                 WHERE ccis_is_member AND active AND ccis_name_skeleton = ANY(%s::varchar[])
                UNION ALL
                SELECT id, 'S' || ccis_name_ar_skeleton FROM res_partner
                 WHERE ccis_is_member AND active AND ccis_name_ar_skeleton = ANY(%s::varchar[])
            ), shared AS (
                SELECT k FROM keys GROUP BY k HAVING min(id) <> max(id)
            )
            SELECT DISTINCT id FROM keys JOIN shared USING (k)
        """, (rcs, courts, list(names), list(skeletons), list(skeletons)))
        return [row[0] for row in cr.fetchall()]

    @api.multi
    def action_ccis_merge_duplicates(self):
        self.ensure_one()
        return {
            'type': 'ir.actions.act_window',
            'name': _('Merge Duplicate Members'),
            'res_model': 'ccis.member.merge.wizard',
            'view_mode': 'form',
            'target': 'new',
            'context': {'default_partner_ids': [(6, 0, (self | self.ccis_duplicate_ids).ids)],
                        'default_dst_partner_id': self.id},
        }
