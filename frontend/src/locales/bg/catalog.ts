// The indicator catalogue (views/CatalogView.vue).
export default {
  cat: { title: 'Каталог на показателите', search: 'Търсене', description: 'Определение', id: 'Код', name: 'Показател', method: 'Метод', group: 'Вид участие',
    unit: 'Мярка', direction: 'Посока', target: 'Цел / внимание', minN: 'Мин. n', file: 'Файл', user: 'собствен',
    groups: { direct: 'пряко', indirect: 'косвено', both: 'пряко и косвено' }, directions: { higher: '↑ по-високо е по-добре', lower: '↓ по-ниско е по-добре', none: '—' },
    dateBasis: 'Период по',
    units: { share: 'дял (%)', index: 'индекс (0–100)', score: 'точки (−100…100)', days: 'дни', count: 'брой', ratio: 'отношение', per1000: 'на 1000', minutes: 'минути', number: 'число' },
    bases: { submitted: 'дата на подаване', completed: 'дата на изпълнение', due: 'края на периода (изтекъл срок)', cancelled: 'дата на оттегляне',
      received: 'дата на получаване', decided: 'дата на решението', notified: 'дата на уведомяване', response: 'дата на отговора',
      card: 'дата на картата', visit: 'дата на проверката', start: 'дата на започване' } },
}
