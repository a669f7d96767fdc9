"""Blueberry orchards (蓝莓): percent cells, stacked projects, points at two levels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout563.common import FOUR, funds, grid, sign, start, wan
from tests.variants.holdout563.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
DEPT = "栎川县农业农村局（327001）"


@variant("da01-blueberry-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the number "
         "format (correct)")  # fmt: skip
def da01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="莓岭镇蓝莓标准化种植基地建设项目", dept=DEPT,
                 unit="栎川县莓岭镇农业综合服务中心", money=funds(180, 150, 30),
                 goals=["新建蓝莓标准化种植基地800亩，配套滴灌设施，带动农户增收。"])  # fmt: skip
    grid(s, OPS, [
        ("产出指标", "数量指标", "新建蓝莓标准化种植基地面积", "≥", 800, "亩"),
        (None, None, "滴灌管网铺设长度", "≥", 36, "公里"),
        (None, "质量指标", "苗木栽植成活率", "≥", pct(0.95), None),
        (None, None, "滴灌工程验收合格率", "=", pct(1), None),
        (None, "时效指标", "春季定植完成时间", "≤", day(2025, 4, 30), None),
        (None, "成本指标", "新建基地亩均补助标准", "≤", money(0.12), "万元/亩"),
        ("效益指标", "经济效益指标", "基地亩均产值增加", "≥", 0.3, "万元"),
        (None, "社会效益指标", "带动农户务工人数", "≥", 120, "人"),
        (None, "生态效益指标", "基地病虫害发生率", "≤", pct(0.05), None),
        (None, "可持续影响指标", "滴灌设施设计使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0871-6402153", (2024, 11, 26))
    return b


@variant("da02-blueberry-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column, a typed percent over 100 and a 反向 rate "
         "with ≥")  # fmt: skip
def da02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="蓝莓果品质量安全提升项目", dept=DEPT,
                 unit="栎川县农产品质量安全检测站", money=funds(64, 52, 12),
                 goals=["开展蓝莓果品农残抽检和产地追溯，提升果品质量安全水平。"])  # fmt: skip
    grid(s, OPS, [
        ("产出指标", "数量指标", "蓝莓果品农残抽检批次", "≥", 600, "批次"),
        (None, None, "追溯赋码果园数量", "≥", 45, "个"),
        (None, "质量指标", "抽检样品检测合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率上限 100%，105% 不可能"), None),
        (None, None, "农药残留超标率",
         mk("≥", "T108", "warning", row=True, note="超标率是反向指标，应为 ≤"), pct(0.02), None),
        (None, "时效指标", "抽检结果报送时限", "≤", 5, "个工作日"),
        (None, "成本指标", "单批次检测费用", "≤", 600, "元/批次"),
        ("效益指标", "社会效益指标", "蓝莓果品质量安全事件", "=", 0, "起"),
        (None, "可持续影响指标", "追溯体系持续运行年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "果园经营主体满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


def _stack(s: Sheet, *, first: bool, name: str, unit: str, total: object, fiscal: float,
           other: float, goal: str, rows: list[tuple[object, ...]]) -> None:  # fmt: skip
    if not first:
        s.skip()
    project_head(s, year=2025, name=name, dept=DEPT, unit=unit, money=funds(total, fiscal, other),
                 goals=[goal], title=None if first else "")  # fmt: skip
    grid(s, FOUR, rows)


@variant("da03-blueberry-stacked-three", (2,),
         "three blueberry projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values (correct)")  # fmt: skip
def da03() -> Book:
    b, s = start()
    _stack(s, first=True, name="蓝莓种苗繁育圃建设项目", unit="栎川县林果技术推广站",
           total=90, fiscal=80, other=10, goal="建成蓝莓种苗繁育圃1处，年出圃合格苗20万株。",
           rows=[("产出指标", "数量指标", "出圃合格种苗", "≥20万株"),
                 (None, "质量指标", "种苗脱毒检测合格率", "≥98%"),
                 (None, "成本指标", "单株种苗繁育成本", "≤3.5元/株"),
                 ("效益指标", "社会效益指标", "供苗覆盖种植户", "≥260户"),
                 ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%")])  # fmt: skip
    _stack(s, first=False, name="蓝莓产地冷藏库建设项目", unit="栎川县莓岭镇人民政府",
           total=150, fiscal=120, other=30, goal="建成产地冷藏库1座，库容500吨。",
           rows=[("产出指标", "数量指标", "新建冷藏库库容", "≥500吨"),
                 (None, "时效指标", "冷藏库投入使用时间", "2025年6月30日前"),
                 (None, "成本指标", "每吨库容建设成本", "≤0.28万元/吨"),
                 ("效益指标", "经济效益指标", "鲜果损耗率下降", "≥5百分点"),
                 ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%")])  # fmt: skip
    _stack(s, first=False, name="蓝莓种植技术培训项目", unit="栎川县农业广播电视学校",
           total=24, fiscal=24, other=0, goal="培训蓝莓种植户1200人次。",
           rows=[("产出指标", "数量指标", "培训人次", "≥1200人次"),
                 (None, "质量指标", "培训考核合格率", "≥90%"),
                 (None, "成本指标", "人均培训费用", "≤200元/人次"),
                 ("效益指标", "社会效益指标", "参训农户技术应用率", "≥70%"),
                 ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%")])  # fmt: skip
    return b


@variant("da04-blueberry-stacked-wrong", (2,),
         "two blueberry projects stacked, OLD-NAT, one value column: the second project's money "
         "does not add up and a rate is given as a count")  # fmt: skip
def da04() -> Book:
    b, s = start()
    _stack(s, first=True, name="蓝莓水肥一体化改造项目", unit="栎川县林果技术推广站",
           total=70, fiscal=60, other=10, goal="改造水肥一体化蓝莓园500亩。",
           rows=[("产出指标", "数量指标", "水肥一体化改造面积", "≥500亩"),
                 (None, "质量指标", "改造工程验收合格率", "100%"),
                 (None, "成本指标", "亩均改造成本", "≤0.14万元/亩"),
                 ("效益指标", "生态效益指标", "亩均化肥使用量减少", "≥15公斤"),
                 ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%")])  # fmt: skip
    bad = mk(wan(95), "B101", "error", row=True, note="80 + 20 = 100 ≠ 95")
    _stack(s, first=False, name="蓝莓采后分选线购置项目", unit="栎川县蓝莓产业协会",
           total=bad, fiscal=80, other=20, goal="购置蓝莓自动分选线2条。",
           rows=[("产出指标", "数量指标", "购置自动分选线", "≥2条"),
                 (None, "质量指标", "分选设备完好率",
                  mk("12台", "T105", "error", note="完好率须为百分比")),
                 (None, "成本指标", "单条分选线购置成本", "≤45万元/条"),
                 ("效益指标", "经济效益指标", "分选后优级果售价提高", "≥1.5元/公斤"),
                 ("满意度指标", "服务对象满意度指标", "协会会员满意度", "≥90%")])  # fmt: skip
    return b


PTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("da05-blueberry-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def da05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="蓝莓优果率提升示范项目", dept=DEPT,
                 unit="栎川县林果技术推广站", money=funds(48, 48, 0),
                 goals=["在3个示范园推广疏果和避雨栽培，提高优果率。"])  # fmt: skip
    grid(s, PTS, [
        ("产出指标", 40, "数量指标", "避雨棚覆盖示范面积", "≥300亩", 10),
        (None, None, None, "疏果技术示范园", "≥3个", 10),
        (None, None, "质量指标", "避雨棚验收合格率", "≥95%", 10),
        (None, None, "时效指标", "避雨棚搭建完成时间", "2025年5月31日前", 10),
        ("成本指标", 10, "经济成本指标", "亩均避雨棚补助", "≤1500元/亩", 10),
        ("效益指标", 40, "经济效益指标", "示范园优果率", "提高≥5百分点", 10),
        (None, None, None, "示范园亩均收入增长率", "≥8%", 10),
        (None, None, "社会效益指标", "带动周边果园应用避雨栽培", "≥20户", 10),
        (None, None, "可持续影响指标", "避雨棚使用年限", "≥5年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "示范园经营者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("da06-blueberry-tier-points-wrong", (10,),
         "project, NAT-2021, tier-1 scores against the indicator scores under them, a harvest "
         "deadline given as a percent")  # fmt: skip
def da06() -> Book:
    b, s = start()
    project_head(s, year=2025, name="蓝莓鲜果采收保鲜补助项目", dept=DEPT,
                 unit="栎川县莓岭镇农业综合服务中心", money=funds(36, 30, 6),
                 goals=["补助鲜果预冷和保鲜，减少采后损耗。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计 95 ≠ 100，源于产出指标分值")
    grid(s, PTS, [
        ("产出指标", mk(50, "W103", "error", note="15 + 10 + 10 + 10 = 45 ≠ 50"), "数量指标",
         "补助预冷鲜果数量", "≥900吨", 15),
        (None, None, "质量指标", "预冷鲜果商品果率", "≥92%", 10),
        (None, None, "时效指标", "采收季预冷完成时间",
         mk("100%", "T113", "warning", note="期限类指标写成百分比"), 10),
        (None, None, None, "补助资金发放及时率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "每吨预冷补助标准", "≤300元/吨", 10),
        ("效益指标", 30, "经济效益指标", "采后损耗率下降", "≥3百分点", 15),
        (None, None, "社会效益指标", "受益种植户", "≥150户", 15),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
