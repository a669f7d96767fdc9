"""Several projects stacked in one sheet, each with its own head, money, goal and indicator
table: 耕地地力保护补贴, 农机购置补贴, 动物疫病防控 and 农村人居环境整治 (qo01–qo06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout239.common import (
    ONE,
    OPS,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout239.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

DEPT_CH = "澄河县农业农村局（408）"


def _qo01_land(s: Sheet) -> None:
    project_head(
        s, year=2026, name="耕地地力保护补贴项目", dept=DEPT_CH, unit="澄河县农业农村局",
        money=one_year_money(wan(5800), wan(5800), wan(0)),
        goals=["2026年向全县8.6万户承包农户发放耕地地力保护补贴，补贴面积52.4万亩，"
               "补贴资金通过“一卡通”兑付到户，引导农民保护耕地、提升地力。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "补贴耕地面积", "≥52.4万亩", 15),
        (None, None, "补贴发放农户数", "≥8.6万户", 10),
        (None, "质量指标", "补贴资金兑付到户率", pct(1), 10),
        (None, None, "补贴面积核实准确率", "≥98%", 10),
        (None, "时效指标", "补贴资金兑付完成时间", "2026年9月30日前", 5),
        ("成本指标", "经济成本指标", "亩均补贴标准", "≤110元/亩", 10),
        ("效益指标", "社会效益指标", "耕地地力保护政策知晓率", "≥90%", 10),
        (None, "生态效益指标", "秸秆还田面积", "≥30万亩", 10),
        (None, "可持续影响指标", "耕地地力保护长效机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "补贴农户满意度", "≥90%", 10),
    ])  # fmt: skip


def _qo01_machines(s: Sheet) -> None:
    project_head(
        s, year=2026, name="农机购置与应用补贴项目", dept=DEPT_CH, unit="澄河县农业机械化服务中心",
        money=one_year_money(wan(1950), wan(1950), wan(0)), title="",
        goals=["2026年对购置先进适用农机具的农户和农业生产经营组织给予补贴，补贴机具1200台（套），"
               "开展农机安全操作培训1500人次，主要农作物耕种收综合机械化率达到88%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "补贴机具数量", "≥1200台", 15),
        (None, None, "农机安全操作培训", "≥1500人次", 10),
        (None, "质量指标", "补贴机具核验合格率", "≥98%", 10),
        (None, "时效指标", "补贴资金结算完成时间", "2026年12月15日前", 5),
        ("成本指标", "经济成本指标", "单台（套）平均补贴额", "≤1.6万元/台", 10),
        ("效益指标", "经济效益指标", "农机合作社作业服务面积", "≥6万亩", 10),
        (None, "社会效益指标", "主要农作物耕种收综合机械化率", "≥88%", 10),
        (None, None, "农机安全生产较大事故", "=0起", 10),
        (None, "可持续影响指标", "农机社会化服务能力", "不断提升", 10),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥92%", 10),
    ])  # fmt: skip


@variant("qo01-land-and-machines-weights", (2,), "two one-year projects stacked, a 权重 column "
         "adding to 100 in each (200 over the sheet), per 亩 and per 台 standards within each "
         "project's own money, 100% typed as Excel stores it (correct)")  # fmt: skip
def qo01() -> Book:
    b, s = book("绩效目标", (14, 16, 30, 18, 10, 14))
    _qo01_land(s)
    s.skip()
    _qo01_machines(s)
    sign(s, "顾清禾", "梁远山", "0739-6215833")
    return b


def _qo02_vaccine(s: Sheet) -> None:
    project_head(
        s, year=2026, name="重大动物疫病强制免疫项目", dept="云陂县农业农村局（215）",
        unit="云陂县动物疫病预防控制中心",
        money=one_year_money(wan(460), wan(460), wan(0)),
        title="2026年度项目支出绩效目标表（强制免疫）",
        goals=["2026年对全县猪、牛、羊、家禽开展重大动物疫病强制免疫，完成口蹄疫免疫48万头、"
               "高致病性禽流感免疫320万羽，应免畜禽群体免疫密度常年保持在90%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "口蹄疫强制免疫数量", "≥",
         mk(45, "D104", "warning", row=True, note="the goal says 48万头"), "万头"),
        (None, None, "高致病性禽流感免疫数量", "≥", 320, "万羽"),
        (None, "质量指标", "应免畜禽群体免疫密度", "≥", 90, "%"),
        (None, None, "免疫抗体合格率", "≥", 70, "%"),
        (None, "时效指标", "秋季集中免疫完成时间", "≤", day(2026, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "口蹄疫疫苗采购单价", "≤", 6, "元/头"),
        (None, None, "禽流感疫苗采购单价", "≤", 0.5, "元/羽"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生起数", "=", 0, "起"),
        (None, "可持续影响指标", "基层动物防疫体系运行", "定性", "稳定运行", None),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", 90, "%"),
    ])  # fmt: skip


def _qo02_carcass(s: Sheet) -> None:
    total = mk(wan(180), "B101", "error", row=True, note="150 + 20 = 170")
    project_head(
        s, year=2026, name="病死畜禽无害化处理补助项目", dept="云陂县农业农村局（215）",
        unit="云陂县动物卫生监督所",
        money=one_year_money(total, wan(150), wan(20)),
        title="2026年度项目支出绩效目标表（病死畜禽无害化处理）",
        goals=["2026年对规模养殖场和散养户病死猪开展集中收集和无害化处理，处理病死猪2.2万头，"
               "无害化处理率达到100%。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "收集处理病死猪数量", "≥", 2.2, "万头"),
        (None, "质量指标", "病死猪无害化处理率", "=", 100, "%"),
        (None, "时效指标", "病死猪收集响应时间", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "病死猪无害化处理补助标准", "≤", 60, "元/头"),
        ("效益指标", "生态效益指标", "病死畜禽随意抛弃事件", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", 90, "%"),
    ])  # fmt: skip


def _qo02_workers(s: Sheet) -> None:
    project_head(
        s, year=2026, name="村级动物防疫员补助项目", dept="云陂县农业农村局（215）",
        unit="云陂县动物疫病预防控制中心",
        money=one_year_money(wan(72), wan(72), wan(0)),
        title="2026年度项目支出绩效目标表（村级防疫员补助）",
        goals=["2026年为全县260名村级动物防疫员发放工作补助，保障村级防疫网络正常运转。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "补助村级防疫员人数", "≥", 260, "人"),
        (None, "质量指标", "防疫员年度考核合格率", "≥", 95, "%"),
        (None, "时效指标", "动物疫情报告及时率", "=", 100, "%"),
        ("成本指标", "经济成本指标", "村级防疫员补助标准", "≤",
         mk(3000, "B107", "warning", row=True, note="3000元 × 260人 = 78万元 > 72万元"), "元/人"),
        ("效益指标", "社会效益指标", "行政村防疫员配备率", "=", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "村级防疫员满意度", "≥", 90, "%"),
    ])  # fmt: skip


@variant("qo02-three-animal-projects", (2, 12), "three one-year projects stacked, each under its "
         "own title, operator and unit columns: a goal count the indicator lowers, a 总额 that "
         "is not its sources, a per 人 standard × count above the project's money")  # fmt: skip
def qo02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 12))
    _qo02_vaccine(s)
    s.skip(2)
    _qo02_carcass(s)
    s.skip(2)
    _qo02_workers(s)
    sign(s, "韦秋实", "陆承安", "0776-5820147")
    return b


def _qo03_project(s: Sheet, name: str, unit: str, money: list[tuple[object, ...]], goal: str,
                  title: str, rows: list[tuple[object, ...]]) -> None:  # fmt: skip
    project_head(s, year=2025, name=name, dept="禾塘县农业农村局（122）", unit=unit, money=money,
                 goals=[goal], title=title)  # fmt: skip
    indicators(s, (*ONE, "备注"), rows)


@variant("qo03-numbered-tiers-two-animal-projects", (2,), "two one-year projects of 2025 stacked "
         "under their own titles, numbered tier labels, a 备注 column; the first project's "
         "standard × count exceeds the second's money but not its own (correct)")  # fmt: skip
def qo03() -> Book:
    b, s = book("2025绩效目标", (14, 16, 30, 18, 24))
    _qo03_project(s, "动物强制免疫补助项目", "禾塘县动物疫病预防控制中心",
                  one_year_money(wan(450), wan(420), wan(30)),
                  "2025年完成全县猪、牛、羊强制免疫168万头，免疫密度保持在90%以上，全年不发生"
                  "区域性重大动物疫情。", "2025年度项目支出绩效目标申报表（一）", [
        ("一、产出指标", "1.数量指标", "强制免疫畜禽数量", "≥168万头", "按上年末存栏量测算"),
        (None, "2.质量指标", "应免畜禽免疫密度", "≥90%", None),
        (None, None, "免疫抗体合格率", "≥70%", "农业农村部规定标准"),
        (None, "3.时效指标", "春季集中免疫完成时间", "2025年5月31日前", None),
        ("二、成本指标", "1.经济成本指标", "强制免疫补助标准", "≤2.5元/头", "含疫苗及耗材"),
        ("三、效益指标", "1.社会效益指标", "区域性重大动物疫情", "=0起", None),
        (None, "2.可持续影响指标", "免疫档案信息化管理", "健全", None),
        ("四、满意度指标", "1.服务对象满意度指标", "养殖户满意度", "≥90%", "抽样调查"),
    ])  # fmt: skip
    s.skip()
    _qo03_project(s, "病死猪无害化处理项目", "禾塘县动物卫生监督所",
                  one_year_money(wan(300), wan(300), wan(0)),
                  "2025年收集处理病死猪3.6万头，病死猪无害化处理率100%。",
                  "2025年度项目支出绩效目标申报表（二）", [
        ("一、产出指标", "1.数量指标", "无害化处理病死猪", "≥3.6万头", None),
        (None, "2.质量指标", "病死猪无害化处理率", "100%", None),
        (None, "3.时效指标", "收集转运响应时间", "≤24小时", "接报后计"),
        ("二、成本指标", "1.经济成本指标", "无害化处理补助标准", "≤80元/头", None),
        ("三、效益指标", "1.生态效益指标", "病死猪随意丢弃事件", "=0起", None),
        ("四、满意度指标", "1.服务对象满意度指标", "养殖场户满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "注：两个项目资金分别核算，指标值均为2025年度目标。", 5)
    return b


def _qo04_toilets(s: Sheet) -> None:
    project_head(
        s, year=2026, name="农村户厕改造项目", dept="丰泽县农业农村局（306）",
        unit="丰泽县农村人居环境整治服务中心",
        money=one_year_money(wan(960), wan(900), wan(60)),
        goals=["2026年在全县12个乡镇完成农村户厕改造3200户，新建农村公共厕所40座，"
               "问题厕所整改率达到100%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标", "数量指标", "完成农村户厕改造",
         mk("≥3000户", "D104", "warning", row=True, note="the goal says 3200户"), 15),
        (None, None, "新建农村公共厕所", "≥40座", 10),
        (None, "质量指标", "改造户厕验收合格率", "≥95%", 10),
        (None, None, "问题厕所整改率", "=100%", 5),
        (None, "时效指标", "户厕改造完成时间", "2026年11月30日前", 5),
        ("成本指标", "经济成本指标", "户厕改造补助标准", "≤2000元/户", 10),
        (None, None, "公共厕所建设补助标准", "≤8万元/座", 5),
        ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥92%", 10),
        (None, "生态效益指标", "厕所粪污无害化处理率", "≥90%", 10),
        (None, "可持续影响指标", "户厕长效管护机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%", 10),
    ])  # fmt: skip


def _qo04_cleaning(s: Sheet) -> None:
    project_head(
        s, year=2026, name="村庄清洁行动项目", dept="丰泽县农业农村局（306）",
        unit="丰泽县农村人居环境整治服务中心",
        money=one_year_money(wan(420), wan(420), wan(0)), title="",
        goals=["2026年开展村庄清洁行动，覆盖全县186个行政村，配备村庄保洁员560人，"
               "农村生活垃圾收运处置体系覆盖所有行政村。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标", "数量指标", "开展清洁行动行政村", "≥186个", 15),
        (None, None, "配备村庄保洁员", "≥560人", 10),
        (None, "质量指标", "生活垃圾收运处置体系覆盖率", "=100%", 10),
        (None, None, "村庄清洁检查达标率", "≥90%", 10),
        (None, "时效指标", "季度考核完成及时率", "≥95%", 5),
        ("成本指标", "经济成本指标", "保洁员补助标准", "≤6000元/人", 10),
        ("效益指标", "社会效益指标", "村容村貌改善", "显著", 10),
        (None, "生态效益指标", "农村生活垃圾无害化处理率", "≥95%", 10),
        (None, "可持续影响指标", "村庄保洁长效机制", "建立并执行", 5),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ])  # fmt: skip


@variant("qo04-toilets-and-cleaning-points", (2,), "two one-year projects stacked, a 分值 column "
         "per project: a goal count the indicator lowers in the first, points adding to 95 in "
         "the second")  # fmt: skip
def qo04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 10, 14))
    _qo04_toilets(s)
    s.skip()
    _qo04_cleaning(s)
    b.file_mark("W101", "error", note="the second project's points add up to 95")
    sign(s, "钟雨晴", "严守一", "0593-7741206")
    return b
