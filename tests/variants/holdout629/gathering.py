"""Returns on gathering wild vegetables (蕨菜, 荠菜, 马齿苋): fo01 to fo06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout629.common import header, one_year, period, sign, start, tiers, w
from tests.variants.holdout629.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "柘川县林业和农业农村局（412）"


@variant("fo01-fern-percent-cells", (1, 11),
         "project, NAT-2021, operator column (指标性质) and unit column, typed percent cells, "
         "a 下降率 with ≥ and a 0起 incident count (correct)")  # fmt: skip
def fern_percent_cells() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹊坪乡蕨菜规范采集示范", dept=DEPT,
                 unit="鹊坪乡农业综合服务站", money=one_year(w(48), w(40), w(8)),
                 goals=["2025年在鹊坪乡、雾溪镇组织规范采集蕨菜不少于9万斤，培训采集户260户，建立"
                        "采集点6个，采后损耗率降至8%以内，"
                        "采集户满意度达到90%以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    tiers(s, [
        ("产出指标", "数量指标", "规范采集蕨菜量", "≥", 9, "万斤"),
        (None, None, "培训采集户", "≥", 260, "户"),
        (None, None, "建立采集点", "≥", 6, "个"),
        (None, "质量指标", "鲜蕨菜分级合格率", "≥", pct(0.95), "%"),
        (None, None, "采后损耗率", "≤", pct(0.08), "%"),
        (None, "时效指标", "采集培训完成时间", "≤", day(2025, 4, 15, CN_DATE), None),
        ("成本指标", "经济成本指标", "采集培训补助标准", "≤", 150, "元/人"),
        (None, None, "采集点建设补助标准", "≤", 2.5, "万元/个"),
        ("效益指标", "经济效益指标", "采集户户均增收", "≥", 1800, "元"),
        (None, None, "采后损耗下降率", "≥", pct(0.2), "%"),
        (None, "生态效益指标", "破坏性采挖事件", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "吴岑", "0719-6638214", day(2024, 11, 26))
    return b


@variant("fo02-shepherd-purse-goal", (7,),
         "project, NAT-2021, headers 指标内容 and 绩效标准: the goal's 120户 against 150户, a "
         "deadline left from last season, a quality rate under 时效")  # fmt: skip
def shepherd_purse_goal() -> Book:
    b, s = start()
    project_head(s, year=2025, name="雾溪镇荠菜规范采集与收购", dept=DEPT,
                 unit="雾溪镇农业综合服务站", money=one_year(w(30), w(25), w(5)),
                 goals=["2025年组织荠菜采集户120户开展规范采集培训，采集荠菜8万斤，10月31日前"
                        "完成全部采集与收购。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "指标内容", "绩效标准")
    tiers(s, [
        ("产出指标", "数量指标", "规范采集培训户数",
         mk("≥150户", "D104", "warning", row=True, note="年度目标写培训采集户120户")),
        (None, None, "荠菜采集量", "≥8万斤"),
        (None, "质量指标", "荠菜鲜品合格率", "≥95%"),
        (None, "时效指标", "采集收购完成时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="上一采集季的期限：一年期项目在2025年，年度目标写10月31日前")),
        (None, None, "荠菜入库检验合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")),
        ("成本指标", "经济成本指标", "采集培训补助标准", "≤120元/户"),
        ("效益指标", "经济效益指标", "采集户户均增收", "≥1200元"),
        (None, "社会效益指标", "带动脱贫户参与采集", "≥30户"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "程蔚", "0719-6627105", day(2024, 12, 2))
    return b


@variant("fo03-purslane-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, a later year the work prepares for, a total with its parts in brackets "
         "(correct)")  # fmt: skip
def purslane_two_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, attr="新增项目", name="马齿苋采集示范片建设",
                 dept=DEPT, unit="柘川县野生植物资源保护站",
                 money=period((w(180), w(150), w(30)), (w(100), w(85), w(15))),
                 goals=["2025年—2026年建设马齿苋采集示范片3处，培训采集户400户，为2027年全县"
                        "推广积累经验。",
                        "2025年建成示范片2处，培训采集户240户（鹊坪乡140户、"
                        "雾溪镇100户）。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    tiers(s, [
        ("产出指标", "数量指标", "采集示范片建设", "≥3处", "≥2处"),
        (None, None, "培训采集户", "≥400户", "≥240户"),
        (None, None, "马齿苋规范采集量", "≥20万斤", "≥9万斤"),
        (None, "质量指标", "鲜品农残抽检合格率", "=100%", "=100%"),
        (None, "时效指标", "示范片建成时间", "2026年10月底前", "2025年10月底前"),
        ("成本指标", "经济成本指标", "示范片建设补助标准", "≤30万元/处", "≤30万元/处"),
        (None, None, "采集培训补助标准", "≤150元/户", "≤150元/户"),
        ("效益指标", "经济效益指标", "采集户户均增收", "≥2000元", "≥1500元"),
        (None, "可持续影响指标", "县级马齿苋采集技术规程", "形成规程1套", "完成规程初稿"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "潘映秋", "0719-6651730", day(2024, 11, 18))
    return b


@variant("fo04-fern-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's amount above the "
         "period's, a count copied from 中期, the goal's 200户 against 180户")  # fmt: skip
def fern_three_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="蕨菜资源保护性轮采区建设", dept=DEPT,
                 unit="柘川县野生植物资源保护站",
                 money=period((w(240), w(210), w(30)), (w(90), w(80), w(10))),
                 goals=["2025年—2027年建立蕨菜轮采区12片，培训采集户600户，规范采集量累计"
                        "达到45万斤。",
                        "2025年建立轮采区4片，培训采集户200户，规范采集蕨菜15万斤。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    tiers(s, [
        ("产出指标", "数量指标", "轮采区建设", "≥12片", "≥4片"),
        (None, None, "培训采集户", "≥600户",
         mk("≥180户", "D104", "warning", row=True, note="年度目标写培训采集户200户")),
        (None, None, "规范采集蕨菜量", "≥45万斤",
         mk("≥50万斤", "D201", "error", alt=("D104",),
            note="一年的采集量大于三年累计，年度目标写15万斤")),
        (None, None, "轮采区巡护次数", "≥72次",
         mk("≥72次", "D202", "warning", note="三年累计的巡护次数照抄到年度")),
        (None, "质量指标", "轮采区资源恢复率", "≥85%", "≥85%"),
        (None, "时效指标", "年度轮采计划完成时间", "2027年12月底前", "2025年12月底前"),
        ("成本指标", "经济成本指标", "轮采区建设补助标准", "≤15万元/片", "≤15万元/片"),
        ("效益指标", "经济效益指标", "采集户户均增收", "≥1500元", "≥1500元"),
        (None, "生态效益指标", "野生蕨菜资源面积", "保持稳定", "保持稳定"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "潘映秋", "0719-6651730", day(2024, 11, 18))
    return b


@variant("fo05-gathering-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in the two projects (correct)")  # fmt: skip
def gathering_stacked() -> Book:
    b, s = start()
    s.title("2025年度项目支出绩效目标申报表", 6)
    s.row("一、鹊坪乡蕨菜规范采集")
    project_head(s, year=2025, name="鹊坪乡蕨菜规范采集", dept=DEPT, title="",
                 unit="鹊坪乡农业综合服务站", money=one_year(w(36), w(30), w(6)),
                 goals=["组织规范采集蕨菜6万斤，培训采集户180户。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "规范采集蕨菜量", "≥6万斤"),
        (None, None, "采集户培训人数", "≥180户"),
        (None, "质量指标", "鲜蕨菜分级合格率", "≥95%"),
        (None, "时效指标", "采集季结束时间", "2025年5月31日前"),
        (None, "成本指标", "采集培训补助标准", "≤150元/户"),
        ("效益指标", "经济效益指标", "采集户户均增收", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("二、雾溪镇荠菜采集培训")
    project_head(s, year=2025, name="雾溪镇荠菜采集培训", dept=DEPT, title="",
                 unit="雾溪镇农业综合服务站", money=one_year(w(20), w(20), w(0)),
                 goals=["培训荠菜采集户90户，采集荠菜3万斤。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "荠菜采集量", "≥3万斤"),
        (None, None, "采集户培训人数", "≥90户"),
        (None, "质量指标", "荠菜鲜品合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年3月15日前"),
        (None, "成本指标", "采集培训补助标准", "≤150元/户"),
        ("效益指标", "社会效益指标", "带动脱贫户参与采集", "≥25户"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "吴岑", "0719-6638214", day(2024, 11, 26))
    return b


@variant("fo06-gathering-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): the goal's "
         "40场 against 30场, a near-duplicate, weights adding to 95")  # fmt: skip
def gathering_flat_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="柘川县野生植物资源保护站",
                    budget=[[w(210), w(190), w(20), w(130), w(80)]],
                    tasks=[("野菜资源调查", "蕨菜、荠菜、马齿苋资源样地调查", w(30), "样地60个"),
                           ("采集技术指导", "进村开展规范采集技术指导", w(35), "指导40场"),
                           ("采集点巡护", "采集点日常巡护与违规采挖处置", w(15), "巡护1200次"),
                           ("金额合计", None, w(80), None)],
                    goal="全年开展野菜采集技术指导40场，调查蕨菜、荠菜、马齿苋资源样地60个，"
                         "巡护采集点1200次。")  # fmt: skip
    s.row("年度绩效指标")
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("资源调查样地数", 15, "个", "≥", 60),
        ("采集技术指导场次", 15, "场", "≥",
         mk(30, "D104", "warning", row=True, note="年度目标和任务都写指导40场")),
        ("采集点巡护次数", 15, "次", "≥", 1200),
        ("采集技术指导培训场次", 10, "场", "≥",
         mk(30, "D103", "warning", row=True, alt=("D101", "D104"),
            note="与“采集技术指导场次”是同一指标，多了“培训”二字")),
        ("资源调查报告按时提交率", 10, "%", "=", pct(1)),
        ("违规采挖发生数", 10, "起", "≤", 3),
        ("野菜资源保护知晓率", 10, "%", "≥", 85),
        ("采集户满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    sign(s, "龚以宁", "0719-6610452", day(2024, 12, 9))
    return b
