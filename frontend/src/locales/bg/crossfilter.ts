// What a click on a chart element can do (crossfilter.ts).
export default {
  act: { records: 'Покажи записите зад точката (n = {n})', filter: 'Филтрирай всичко по „{name}“', unfilter: 'Премахни филтъра „{name}“',
    period: 'Само периода {period}', department: 'Отвори отдела „{name}“' },
}
