"""Community pharmacy (社区药房) returns of the 440th held-out set: percent cells, points at two
levels, multi-year projects (yh01–yh06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout440.common import (
    GUIDE,
    HEALTH,
    YEAR,
    book,
    header2,
    indicators,
    multi_year,
    one_year,
    sign,
)
from tests.variants.holdout440.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("yh01-percent-cells", (1, 12), "project, OLD-NAT, operator and unit columns, "
         "percent cells typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def yh01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="社区药房标准化改造项目", dept=HEALTH, unit=GUIDE,
                 money=one_year(86.4, 80, 6.4),
                 goals=["完成12家社区药房标准化改造，培训药师360人次。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "社区药房标准化改造数量", "≥", 12, "个"),
        (None, None, "药师岗位培训人次", "≥", 360, "人次"),
        (None, "质量指标", "处方审核合格率", "≥", pct(0.98), "%"),
        (None, None, "基本药物配备率", "≥", pct(0.9), "%"),
        (None, None, "药品调剂差错率", "≤", pct(0.001, "0.0%"), "%"),
        (None, "时效指标", "短缺药品调配响应时间", "≤", 48, "小时"),
        (None, "成本指标", "单个药房改造补助标准", "≤", 5.5, "万元/个"),
        ("效益指标", "社会效益指标", "社区居民用药咨询服务人次", "≥", 15000, "人次"),
        (None, "可持续影响指标", "社区药房药事服务制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "就诊居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "陶映秋", "8823 6417", (2024, 11, 18))
    return b


@variant("yh02-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns: a typed "
         "percent above 100 on a 合格率, ≥ on a 差错率")  # fmt: skip
def yh02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="社区药房慢病长处方服务项目", dept=HEALTH, unit=GUIDE,
                 money=one_year(52, 48, 4),
                 goals=["在20家社区药房开展慢病长处方服务，服务慢病患者6000人次。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "慢病长处方服务人次", "≥", 6000, "人次"),
        (None, None, "签约社区药房数量", "≥", 20, "家"),
        (None, "质量指标", "处方审核合格率", "≥",
         mk(pct(1.02), "T106", "error", note="shows 102%: a 合格率 cannot exceed 100%"), "%"),
        (None, None, "药品调剂差错率",
         mk("≥", "T108", "warning", row=True, note="差错率 is 反向: ≥ sets a floor on errors"),
         pct(0.002, "0.0%"), "%"),
        (None, "时效指标", "长处方药品配送时限", "≤", 24, "小时"),
        (None, "成本指标", "每人次药事服务补助", "≤", 60, "元/人次"),
        ("效益指标", "社会效益指标", "慢病患者规律用药率", "≥", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "慢病患者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "温绍棠", "8823 6452", (2024, 11, 20))
    return b


@variant("yh03-points-two-levels", (10,), "project, NAT-2021, a tier-1 score column and an "
         "indicator score column both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def yh03() -> Book:
    b, s = book(widths=(16, 12, 18, 30, 16, 12))
    project_head(s, year=YEAR, name="家庭药师签约服务项目", dept=HEALTH, unit=GUIDE,
                 money=one_year(64.8, 60, 4.8),
                 goals=["家庭药师签约2400户，入户整理家庭药箱并清理过期药品。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "家庭药师签约户数", "≥2400户", 15),
        (None, None, None, "入户用药整理服务次数", "≥4800次", 10),
        (None, None, "质量指标", "用药整理记录合格率", "≥95%", 15),
        (None, None, "时效指标", "签约服务响应时间", "≤2个工作日", 10),
        ("成本指标", 10, "经济成本指标", "每户签约服务补助", "≤240元/户", 10),
        ("效益指标", 30, "社会效益指标", "家庭药师签约覆盖率较上年提高", "≥3百分点", 10),
        (None, None, None, "签约家庭过期药品清理户数", "≥2000户", 10),
        (None, None, "可持续影响指标", "家庭药师服务规范", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "签约家庭满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])
    sign(s, "邝志远", "8823 6430", (2024, 11, 22))
    return b


@variant("yh04-points-wrong", (10, 5), "project, NAT-2021, numbered labels, tier-1 scores "
         "against the indicator scores under them, a rate given as a count")  # fmt: skip
def yh04() -> Book:
    b, s = book(widths=(16, 12, 20, 30, 18, 12))
    project_head(s, year=YEAR, name="社区药房药师能力提升培训项目", dept=HEALTH, unit=GUIDE,
                 money=one_year(38, 35, 3),
                 goals=["分四期培训社区药房药师600人次，提升处方审核能力。"])  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标",
         mk(40, "W103", "error", note="its indicators score 15+10+10+10 = 45"),
         "（一）数量指标", "药师培训人次", "≥600人次", 15),
        (None, None, None, "培训课程开设门数", "≥12门", 10),
        (None, None, "（二）质量指标", "培训考核通过率",
         mk("≥540人", "T105", "error", note="a 通过率 given as a head count"), 10),
        (None, None, "（三）时效指标", "培训完成时间", "2025年11月30日前", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "人均培训成本", "≤550元/人次", 10),
        ("三、效益指标",
         mk(40, "W103", "error", note="its indicators score 15+10+10 = 35"),
         "（一）社会效益指标", "参训药师处方审核差错下降率", "≥20%", 15),
        (None, None, None, "参训药师持证上岗率", "≥95%", 10),
        (None, None, "（二）可持续影响指标", "药师继续教育档案", "建立并执行", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "参训药师满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "邝志远", "8823 6430", (2024, 11, 25))
    return b


@variant("yh05-multi-year", (8,), "three-year project 2025—2027, NAT-2021, two-row header with "
         "中期 and 年度 value columns, annual counts below the period ones (correct)")  # fmt: skip
def yh05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="家庭过期药品回收网络建设项目", dept=HEALTH,
                 unit="桐浦市药品回收处置服务站", years=3, attr="新增项目",
                 money=multi_year((240, 225, 15), (80, 75, 5)),
                 goals=["三年建成覆盖全市社区的过期药品回收网络，设置回收点300个以上。",
                        "2025年设置回收点120个，回收过期药品12吨，全部无害化处置。"])  # fmt: skip
    header2(s, ("一级指标", "二级指标", "三级指标", "指标值", None, "指标值设定依据"),
            (None, None, None, "中期（2025—2027年）", "年度（2025年）", None),
            across=[(4, 5)], down=(1, 2, 3, 6))  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "过期药品回收点设置数量", "≥300个", "≥120个", "计划标准"),
        (None, None, "回收过期药品重量", "≥45吨", "≥12吨", "历史标准"),
        (None, None, "社区宣传活动场次", "≥90场", "≥30场", "计划标准"),
        (None, "质量指标", "回收药品无害化处置率", "=100%", "=100%", "行业标准"),
        (None, None, "回收点规范运行率", pct(0.95), pct(0.95), "计划标准"),
        (None, "时效指标", "回收药品转运周期", "≤30天", "≤30天", "计划标准"),
        ("成本指标", "经济成本指标", "回收药品处置单价", "≤14元/公斤", "≤14元/公斤", "行业标准"),
        (None, None, "回收箱购置单价", "≤0.18万元/个", "≤0.18万元/个", "计划标准"),
        ("效益指标", "社会效益指标", "居民过期药品回收知晓率", "≥80%", "≥65%", "计划标准"),
        (None, "生态效益指标", "过期药品混入生活垃圾比例", "≤10%", "≤20%", "历史标准"),
        (None, "可持续影响指标", "过期药品回收长效机制", "建立并执行", "初步建立", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥90%", "≥88%", "计划标准"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "陶映秋", "8823 6417", (2024, 11, 18))
    return b


COPIED = "the 年度目标 copies the two-year 中期目标 word for word"
GOAL6 = "两年建成慢病用药服务点20个，为慢病患者提供长处方及用药随访服务。"


@variant("yh06-multi-year-wrong", (8,), "two-year project 2025—2026, OLD-NAT, 实施期 and 年度 "
         "columns: goal text copied, a count copied, an annual count above its period")  # fmt: skip
def yh06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="社区药房慢病用药服务点建设项目", dept=HEALTH, unit=GUIDE,
                 years=2, attr="新增项目", money=multi_year((150, 140, 10), (90, 84, 6)),
                 goals=[GOAL6, mk(GOAL6, "D204", "warning", note=COPIED)])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "慢病用药服务点建设数量", "≥20个",
         mk("≥20个", "D202", "warning", note="a cumulative count copied from the period"), None),
        (None, None, "慢病长处方服务人次", "≥8000人次",
         mk("≥9000人次", "D201", "error", note="annual 9000 above the two-year 8000"), None),
        (None, None, "药师驻点服务天数", "≥480天", "≥240天", None),
        (None, "质量指标", "服务点验收合格率", "≥95%", "≥95%", None),
        (None, "时效指标", "服务点建成投用时间", "2026年6月30日前", "2025年12月31日前", None),
        (None, "成本指标", "单个服务点建设成本", "≤4万元/个", "≤4万元/个", None),
        ("效益指标", "社会效益指标", "慢病患者规律用药率", "≥80%", "≥75%", None),
        (None, "可持续影响指标", "服务点运行管理制度", "建立并执行", "建立", None),
        ("满意度指标", "服务对象满意度指标", "慢病患者满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    s.row("填报日期", day(2024, 11, 26), merge=[(2, 3)])
    return b
