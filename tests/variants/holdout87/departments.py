"""Department tables (§3.2) of the same season at 溪宁县 (invented): the 职责履行 · 履职效能 ·
管理效率 framework, tiers filled down, units in a 备注, amounts as text, a 项目汇总 sheet with the
workbook's projects, 实施周期 and 年度 columns, money by year."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout87.registry import variant
from tests.variants.kit import WAN, Book, C, mk, money, pct

GE_PCT = '"≥"0%'


@variant("ks08-duty-framework", (5, 12),
         "department, the framework 职责履行 · 履职效能 · 管理效率 · 满意度, 比较符 and "
         "计量单位 columns, merged tiers, key tasks adding to 项目支出, "
         "signatures of head and clerk")  # fmt: skip
def ks08() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 10, 14, 14))
    department_head(
        s, year=2027, dept="溪宁县交通运输局",
        budget=[(money(1260.5, WAN), money(1200.5, WAN), money(60, WAN), money(860.5, WAN),
                 money(400, WAN))],
        tasks=[("农村公路养护", "县乡道路日常养护420公里", money(150, WAN),
                "县乡道路优良路率80%以上"),
               ("安全生命防护工程", "新建农村公路安全生命防护工程36公里", money(130, WAN),
                "10月底前完工并交工验收"),
               ("农村客运站点运营补贴", "58个农村客运站点运营补贴", money(120, WAN),
                "建制村通客车率保持100%"),
               ("金额合计", None, money(400, WAN), None)],
        goal="完成县乡道路养护420公里、安全生命防护工程36公里，保障58个农村客运站点正常运营，"
             "建制村通客车率保持100%，预算执行率不低于95%。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("职责履行", "重点工作履行情况", "县乡道路养护里程", "≥", 420, "公里"),
        (None, None, "新建安全生命防护工程", "≥", 36, "公里"),
        (None, None, "农村客运站点运营", "≥", 58, "个"),
        (None, "履职目标实现", "县乡道路优良路率", "≥", pct(0.8), "%"),
        (None, None, "防护工程交工验收合格率", "=", pct(1), "%"),
        (None, None, "防护工程完工时间", "≤", "2027年10月31日", None),
        ("履职效能", "社会效益", "建制村通客车率", "=", pct(1), "%"),
        (None, None, "农村公路列养率", "=", pct(1), "%"),
        (None, "可持续影响", "农村公路管养长效机制", "=", "健全", None),
        ("管理效率", "预算管理", "预算执行率", "≥",
         mk(pct(0.95), "*", "warning", row=True, required=False,
            note="预算执行率 belongs to 管理效率 in this framework"), "%"),
        (None, None, "“三公”经费支出", "≤", 18.6, "万元"),
        (None, "资产管理", "固定资产账实相符率", "=", pct(1), "%"),
        (None, "内部控制", "内部控制制度", "=", "健全", None),
        ("满意度", "服务对象满意度", "沿线群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("局长：覃望舒", None, "经办人：包晓岚", None, "2026年11月21日")
    return b


@variant("ks09-department-total-wrong", (12,),
         "department, NAT-2021, merged tiers, one value column; 基本支出 + 项目支出 does not make "
         "资金总额 (财政拨款 + 其他资金 does)")  # fmt: skip
def ks09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 16, 14, 14))
    department_head(
        s, year=2027, dept="溪宁县市场监督管理局",
        budget=[(mk(money(986, WAN), "B101", "error",
                    note="基本支出 702 + 项目支出 294 = 996, not 986"),
                 money(946, WAN), money(40, WAN), money(702, WAN), money(294, WAN))],
        tasks=[("食品安全抽检", "食品安全监督抽检2400批次", money(120, WAN), "问题发现率不低于2%"),
               ("特种设备安全监察", "特种设备定期检验和隐患排查", money(98, WAN), "检验率100%"),
               ("知识产权保护", "商标、专利侵权执法和维权援助", money(76, WAN), "办结率95%以上"),
               ("金额合计", None, money(294, WAN), None)],
        goal="完成食品安全监督抽检2400批次，特种设备定期检验率100%，知识产权案件办结率95%以上。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "食品安全监督抽检", "≥2400批次"),
        (None, None, "特种设备隐患排查", "≥1300台次"),
        (None, None, "知识产权维权援助", "≥60件"),
        (None, "质量指标", "特种设备定期检验率", pct(1)),
        (None, None, "抽检不合格食品核查处置率", pct(1)),
        (None, "时效指标", "抽检任务完成时间", "2027年11月30日前"),
        ("成本指标", "经济成本指标", "食品抽检平均费用", "≤500元/批次"),
        ("效益指标", "社会效益指标", "知识产权案件办结率", C(0.95, GE_PCT)),
        (None, None, "重大食品安全事故", "0起"),
        (None, "可持续影响指标", "食品安全风险监测机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市场主体和消费者满意度", C(0.9, GE_PCT)),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填报单位（盖章）：溪宁县市场监督管理局", None, None, "填报日期：2026年11月22日")
    return b


@variant("ks10-filled-down-remarks", (3, 4),
         "department, NAT-2021, tiers filled down on every row, amounts and counts as text, "
         "units in a 备注 column, a page's foot inside the table")  # fmt: skip
def ks10() -> Book:
    b = Book()
    s = b.sheet("整体支出绩效目标", (16, 16, 30, 16, 18, 14))
    department_head(
        s, year=2027, dept="溪宁县民政局",
        budget=[("2316.4", "2296.4", "20", "416.4", "1900")],
        tasks=[("城乡最低生活保障", "城乡低保金按月足额发放", "1200", "保障对象6800人"),
               ("特困人员救助供养", "特困人员基本生活和照料护理", "520", "供养对象1100人"),
               ("高龄老人和养老服务补贴", "80岁以上高龄津贴和居家养老服务补贴", "180",
                "补贴对象3000人"),
               ("金额合计", None, "1900", None)],
        goal="城乡低保、特困供养和高龄津贴应保尽保、按月足额发放，困难群众基本生活得到保障。",
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.row(*header)
    s.table([
        ("产出指标", "数量指标", "城乡低保保障对象", "≥6800", "单位：人"),
        ("产出指标", "数量指标", "特困人员救助供养对象", "≥1100", "单位：人"),
        ("产出指标", "数量指标", "高龄津贴和养老服务补贴对象", "≥3000", "单位：人"),
        ("产出指标", "质量指标", "低保金按时足额发放率", pct(1), None),
        ("产出指标", "质量指标", "低保对象动态管理核查率", pct(1), None),
        ("产出指标", "时效指标", "低保金发放时间", "每月15日前", None),
    ])  # fmt: skip
    s.row("— 1 —", merge=[(1, 5)])
    s.row(*header)
    s.table([
        ("成本指标", "经济成本指标", "集中供养机构人均护理成本", "≤0.3", "单位：万元/人·年"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障水平", "有效提高", None),
        ("效益指标", "社会效益指标", "符合条件的困难群众应保尽保比例", pct(1), None),
        ("效益指标", "可持续影响指标", "社会救助长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", C(0.92, GE_PCT), None),
    ])  # fmt: skip
    s.row("— 2 —", merge=[(1, 5)])
    s.row("局长：鲁知远", None, "经办人：冯絮", None, "2026年11月17日")
    return b


def _culture(s, *, name: str, unit: str, total: float, own: float, other: float, goal: str,
             rows: list[tuple[object, ...]]) -> None:  # fmt: skip
    project_head(
        s, year=2027, name=name, dept="溪宁县文化旅游广电体育局", unit=unit,
        money=[("年度资金总额", money(total, WAN), "其中：财政拨款", money(own, WAN)),
               ("其他资金", money(other, WAN), None, None)],
        goals=[goal],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(rows, merged=(1, 2))
    s.skip()
    s.row("局长：佟惊鸿", None, "经办人：邝小满", None, "2026年11月15日")


@variant("ks11-summary-sheet", (2, 7, 12),
         "a workbook with a 项目汇总 sheet (two projects, 合计) and one sheet per project, "
         "OLD-NAT, 比较符 and 计量单位 columns, merged tiers")  # fmt: skip
def ks11() -> Book:
    b = Book()
    s = b.sheet("项目汇总", (8, 30, 24, 14, 14, 14))
    s.title("2027年度溪宁县文化旅游广电体育局项目支出汇总表", 6)
    s.row("单位：万元", merge=[(1, 6)])
    s.row("序号", "项目名称", "实施单位", "资金总额", "财政拨款", "其他资金")
    s.row(1, "公共文化场馆免费开放", "溪宁县文化馆", money(85), money(85), money(0))
    s.row(2, "送戏下乡和乡村文化活动", "溪宁县文化旅游广电体育局", money(48), money(40),
          money(8))  # fmt: skip
    s.row("合计", None, None, money(133), money(125), money(8), merge=[(1, 3)])
    s = b.sheet("项目1", (14, 14, 30, 10, 14, 14))
    _culture(s, name="公共文化场馆免费开放", unit="溪宁县文化馆", total=85, own=85, other=0,
             goal="文化馆、图书馆、美术馆全年免费开放不少于300天，接待群众不少于18万人次。",
             rows=[("产出指标", "数量指标", "场馆免费开放天数", "≥", 300, "天"),
                   (None, None, "接待群众", "≥", 18, "万人次"),
                   (None, None, "举办公益培训和讲座", "≥", 120, "场"),
                   (None, "质量指标", "场馆设施完好率", "≥", pct(0.95), "%"),
                   (None, "时效指标", "免费开放信息公示时限", "≤", 5, "个工作日"),
                   (None, "成本指标", "场馆年度运行补助", "≤", 85, "万元"),
                   ("效益指标", "社会效益指标", "群众文化活动参与度", "=", "明显提升", None),
                   (None, "可持续影响指标", "公共文化服务免费开放制度", "=", "长期执行", None),
                   ("满意度指标", "服务对象满意度指标", "到馆群众满意度", "≥", pct(0.9),
                    "%")])  # fmt: skip
    s = b.sheet("项目2", (14, 14, 30, 10, 14, 14))
    _culture(s, name="送戏下乡和乡村文化活动", unit="溪宁县文化旅游广电体育局", total=48,
             own=40, other=8,
             goal="全年送戏下乡160场，覆盖全县160个行政村，举办乡村文化节庆活动12场。",
             rows=[("产出指标", "数量指标", "送戏下乡演出", "≥", 160, "场"),
                   (None, None, "覆盖行政村", "≥", 160, "个"),
                   (None, None, "乡村文化节庆活动", "≥", 12, "场"),
                   (None, "质量指标", "演出节目审查通过率", "=", pct(1), "%"),
                   (None, "时效指标", "演出计划完成时间", "≤", "2027年12月20日", None),
                   (None, "成本指标", "每场演出补助标准", "≤", 2500, "元/场"),
                   ("效益指标", "社会效益指标", "观看演出群众", "≥", 6.4, "万人次"),
                   (None, "可持续影响指标", "基层文艺队伍", "=", "稳定发展", None),
                   ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.9),
                    "%")])  # fmt: skip
    return b


@variant("ks12-satisfaction-over", (1, 8),
         "department, Dongguan-like hybrid, 实施周期 and 年度 columns, ≥ in the percent format, "
         "merged tiers; a satisfaction of 105 % in the annual column")  # fmt: skip
def ks12() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (16, 18, 30, 16, 16, 14))
    department_head(
        s, year=2027, dept="溪宁县自然资源局",
        budget=[(money(1548, WAN), money(1508, WAN), money(40, WAN), money(968, WAN),
                 money(580, WAN))],
        tasks=[("耕地保护和执法监管", "耕地动态巡查和违法用地查处", money(230, WAN),
                "违法用地查处率100%"),
               ("不动产登记", "不动产登记和档案数字化", money(190, WAN), "登记办结时限5个工作日"),
               ("地质灾害防治", "隐患点监测和群测群防", money(160, WAN), "隐患点监测覆盖率100%"),
               ("金额合计", None, money(580, WAN), None)],
        goal="守住耕地保护红线，不动产登记5个工作日内办结，地质灾害隐患点监测全覆盖。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "耕地动态巡查", "≥24次", "≥24次"),
        (None, None, "不动产档案数字化", "≥8万卷", "≥8万卷"),
        (None, None, "地质灾害隐患点监测", "≥146处", "≥146处"),
        (None, "质量指标", "违法用地查处率", pct(1), pct(1)),
        (None, None, "隐患点监测覆盖率", pct(1), pct(1)),
        (None, "时效指标", "不动产登记办结时限", "≤5个工作日", "≤5个工作日"),
        ("成本指标", "经济成本指标", "档案数字化单价", "≤6元/卷", "≤6元/卷"),
        ("效益指标", "社会效益指标", "耕地保有量", "≥52.6万亩", "≥52.6万亩"),
        (None, None, "地质灾害造成人员伤亡", "0人", "0人"),
        (None, "可持续影响指标", "耕地保护共同责任机制", "健全", "健全"),
        ("满意度", "服务对象满意度指标", "办事群众满意度", C(0.95, GE_PCT),
         mk(C(1.05, GE_PCT), "T106", "error", note="≥105%: over the ceiling (95 meant)")),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("局长：阎松龄", None, "经办人：祁小雨", None, "2026年11月18日")
    return b


@variant("ks13-two-values-by-year", (8, 12),
         "department, NAT-2021, 实施周期 and 年度 columns equal in a one-year table, the budget "
         "by year as 2026年 │ 980 │ 2027年 │ 1036 pairs, tiers filled down")  # fmt: skip
def ks13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 14))
    department_head(
        s, year=2027, dept="溪宁县应急管理局",
        budget=[(money(1036, WAN), money(1016, WAN), money(20, WAN), money(636, WAN),
                 money(400, WAN))],
        tasks=[("应急救援队伍建设", "县级综合应急救援队伍训练和装备", money(180, WAN),
                "开展实战演练12次"),
               ("安全生产监管执法", "重点行业企业执法检查", money(130, WAN), "执法检查600家次"),
               ("应急物资储备", "补充县级应急物资储备库", money(90, WAN), "储备物资品种40种"),
               ("金额合计", None, money(400, WAN), None)],
        goal="提升综合应急救援能力，安全生产形势稳定向好，生产安全事故死亡人数控制在3人以内。",
    )  # fmt: skip
    s.row("年度预算对比（万元）", "2026年", money(980), "2027年", money(1036), None)
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "应急救援实战演练", "≥12次", "≥12次"),
        ("产出指标", "数量指标", "企业安全生产执法检查", "≥600家次", "≥600家次"),
        ("产出指标", "数量指标", "储备应急物资品种", "≥40种", "≥40种"),
        ("产出指标", "质量指标", "执法检查发现隐患整改率", C(0.95, GE_PCT), C(0.95, GE_PCT)),
        ("产出指标", "时效指标", "应急救援队伍到达现场时间", "≤40分钟", "≤40分钟"),
        ("成本指标", "经济成本指标", "应急救援队伍人均训练经费", "≤0.6万元/人", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数", "≤3人", "≤3人"),
        ("效益指标", "社会效益指标", "安全生产宣传教育覆盖企业", "≥800家", "≥800家"),
        ("效益指标", "可持续影响指标", "应急预案体系", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", C(0.9, GE_PCT),
         C(0.9, GE_PCT)),
    ])  # fmt: skip
    s.skip()
    s.row("局长：柏青崖", None, "经办人：游晴", None, "2026年11月20日")
    return b
