"""Multi-year projects with 中期 and 年度 columns, and two stacked projects (lz14–lz18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout120.common import indicators, signature, w
from tests.variants.holdout120.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

Y = 2027
TITLE = f"{Y}年度项目支出绩效目标申报表"
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "lz14-period-ok",
    (8, 12),
    "three-year project in its second year, NAT-2021, 中期 and 年度 "
    "columns, 年度资金 = 当年财政拨款 + 上年结转, coverage rates rising to the period",
)
def lz14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y - 1,
        years=3,
        title=TITLE,
        name="澄江市智慧社区养老服务平台建设",
        dept="澄江市民政局（309）",
        unit="澄江市养老服务指导中心",
        money=[
            ("中期资金总额", w(900), "其中：财政拨款", w(900)),
            ("年度资金总额", w(320), "其中：当年财政拨款", w(290)),
            ("上年结转资金", w(30), "其他资金", w(0)),
        ],
        goals=[
            "2026—2028年建成覆盖全市的智慧养老服务平台，接入社区养老服务站点120个，"
            "居家养老服务覆盖率达到60%。",
            f"{Y}年新接入社区养老服务站点50个，居家养老服务覆盖率达到45%。",
        ],
    )
    indicators(
        s,
        HEAD5,
        [
            ("产出指标", "数量指标", "接入社区养老服务站点", "≥120个", "≥50个"),
            (None, None, "为老年人提供上门服务", "≥36万人次", "≥12万人次"),
            (None, None, "配发智能呼叫终端", "≥6000台", "≥2500台"),
            (None, "质量指标", "平台系统可用率", pct(0.99), pct(0.99)),
            (None, None, "上门服务工单办结率", pct(0.95), pct(0.95)),
            (None, "时效指标", "紧急呼叫响应时间", "≤15分钟", "≤15分钟"),
            ("成本指标", "经济成本指标", "智能呼叫终端采购单价", "≤450元/台", "≤450元/台"),
            ("效益指标", "社会效益指标", "居家养老服务覆盖率", pct(0.6), pct(0.45)),
            (None, None, "独居老人定期探访率", pct(0.95), pct(0.9)),
            (None, "可持续影响指标", "平台运营维护机制", "健全", "建立"),
            ("满意度指标", "服务对象满意度指标", "服务老年人满意度", pct(0.9), pct(0.9)),
        ],
    )
    signature(s, Y, "谭文娟", "0877-3361592")
    return b


@variant(
    "lz15-period-rate-falls",
    (8, 12),
    "three-year project in its first year, NAT-2021, 中期 "
    "and 年度 columns: a coverage rate lower for the period than for the year, 当年 + 结转 "
    "above the 年度资金总额",
)
def lz15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=Y,
        years=3,
        name="麓川县乡村学校少年宫建设",
        dept="麓川县教育局（115）",
        unit="麓川县青少年校外活动中心",
        money=[
            ("中期资金总额", w(540), "其中：财政拨款", w(540)),
            (
                "年度资金总额",
                mk(w(180), "B101", "error", note="165 + 25 + 0 = 190 ≠ 180"),
                "其中：当年财政拨款",
                w(165),
            ),
            ("上年结转资金", w(25), "其他资金", w(0)),
        ],
        goals=[
            f"{Y}—{Y + 2}年在全县乡村学校建成少年宫36所，开展课后兴趣活动。",
            f"{Y}年建成少年宫12所，开展课后兴趣活动。",
        ],
    )
    indicators(
        s,
        HEAD5,
        [
            ("产出指标", "数量指标", "建成乡村学校少年宫", "≥36所", "≥12所"),
            (None, None, "开设兴趣活动项目", "≥8类", "≥6类"),
            (None, None, "培训少年宫辅导教师", "≥540人次", "≥180人次"),
            (None, "质量指标", "少年宫建设验收合格率", pct(1), pct(1)),
            (
                None,
                None,
                "乡村学校少年宫覆盖率",
                pct(0.8),
                mk(
                    pct(0.9),
                    "D201",
                    "error",
                    note="coverage builds up: 90% in year one > 80% after 3 years",
                ),
            ),
            (None, "时效指标", "少年宫建成投用时间", f"{Y + 2}年9月1日前", f"{Y}年9月1日前"),
            ("成本指标", "经济成本指标", "单所少年宫建设补助", "≤13万元/所", "≤13万元/所"),
            ("效益指标", "社会效益指标", "参加少年宫活动学生", "≥2.4万人", "≥8000人"),
            (None, "可持续影响指标", "少年宫常态化运行", "长期保持", "持续运行"),
            ("满意度指标", "服务对象满意度指标", "学生和家长满意度", pct(0.9), pct(0.9)),
        ],
    )
    signature(s, Y, "杨再兴", "0879-5523840")
    return b


@variant(
    "lz16-two-sets-ok",
    (8,),
    "two-year project, OLD-NAT, two complete column sets "
    "(二级/三级/指标值 for 中期, then for 年度), a two-line header",
)
def lz16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(12, 12, 24, 12, 12, 24, 12))
    project_head(
        s,
        year=Y,
        years=2,
        name="汐川区河道保洁和水生态修复",
        dept="汐川区水利局（402）",
        unit="汐川区河湖管理中心",
        money=[
            ("中期资金总额", w(380), "其中：财政拨款", w(380)),
            ("年度资金总额", w(200), "其中：财政拨款", w(200)),
        ],
        goals=[
            f"{Y}—{Y + 1}年完成全区86公里河道常态化保洁和6处水生态修复，主要河道水质稳定达到Ⅲ类。",
            f"{Y}年完成86公里河道保洁和4处水生态修复。",
        ],
    )
    s.row(
        "一级指标",
        f"中期指标（{Y}—{Y + 1}年）",
        None,
        None,
        f"年度指标（{Y}年）",
        None,
        None,
        merge=[(2, 4), (5, 7)],
    )
    top = s.r
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "河道保洁长度",
                "≥86公里",
                "数量指标",
                "河道保洁长度",
                ok("≥86公里", note="the same 86 km are kept clean every year"),
            ),
            (None, None, "水生态修复点位", "6处", None, "水生态修复点位", "4处"),
            (None, None, "打捞水面漂浮物", "≥1600吨", None, "打捞水面漂浮物", "≥800吨"),
            (
                None,
                "质量指标",
                "河道保洁考核达标率",
                pct(0.95),
                "质量指标",
                "河道保洁考核达标率",
                pct(0.95),
            ),
            (
                None,
                "时效指标",
                "漂浮物清理时间",
                "≤24小时",
                "时效指标",
                "漂浮物清理时间",
                "≤24小时",
            ),
            (
                None,
                "成本指标",
                "河道保洁单价",
                "≤1.1万元/公里·年",
                "成本指标",
                "河道保洁单价",
                "≤1.1万元/公里·年",
            ),
            (
                "效益指标",
                "生态效益指标",
                "主要河道水质达到Ⅲ类比例",
                pct(0.9),
                "生态效益指标",
                "主要河道水质达到Ⅲ类比例",
                pct(0.85),
            ),
            (
                None,
                "可持续影响指标",
                "河湖长效管护机制",
                "健全",
                "可持续影响指标",
                "河湖长效管护机制",
                "逐步健全",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "沿河群众满意度",
                pct(0.9),
                "服务对象满意度指标",
                "沿河群众满意度",
                pct(0.9),
            ),
        ],
        merged=(1, 2, 5),
    )
    signature(s, Y, "阮志明", "0668-2295041")
    return b


@variant(
    "lz17-period-mixed",
    (8, 11),
    "three-year project, NAT-2021, 比较符 column and 中期 and 年度 "
    "values: an end date past the period, ≤ on a coverage rate, a 满意度 of 100%",
)
def lz17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 28, 10, 14, 14))
    end = mk(
        day(Y + 3, 12, 31),
        "Y102",
        "error",
        alt=("Y101",),
        note="a three-year project 2027—2029 cannot end on 2030-12-31",
    )
    project_head(
        s,
        year=Y,
        years=3,
        end=end,
        name="岑山县农村生活垃圾分类收运体系建设",
        dept="岑山县住房和城乡建设局（220）",
        unit="岑山县环境卫生管理所",
        attr="新增项目",
        money=[
            ("中期资金总额", w(750), "年度资金总额", w(260)),
            ("其中：财政拨款", w(700), "其中：财政拨款", w(240)),
            ("其他资金", w(50), "其他资金", w(20)),
        ],
        goals=[
            f"{Y}—{Y + 2}年建成覆盖全县行政村的垃圾分类收运体系，分类收运覆盖率达到95%。",
            f"{Y}年配置分类收集设施，覆盖率达到60%。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "配置分类垃圾桶", "≥", "9000个", "3500个"),
            (None, None, "购置分类收运车辆", "≥", "45辆", "18辆"),
            (None, None, "建设村级垃圾分类收集点", "≥", "210个", "80个"),
            (
                None,
                "质量指标",
                "行政村垃圾分类收运覆盖率",
                mk("≤", "T108", "warning", row=True, note="a coverage rate is 正向: ≥"),
                pct(0.95),
                pct(0.6),
            ),
            (None, None, "设施验收合格率", "=", pct(1), pct(1)),
            (None, "时效指标", "垃圾清运频次", "≥", "1次/日", "1次/日"),
            ("成本指标", "经济成本指标", "分类收运车辆购置单价", "≤", "6万元/辆", "6万元/辆"),
            ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥", pct(0.95), pct(0.9)),
            (None, "社会效益指标", "村庄环境卫生达标率", "≥", pct(0.9), pct(0.85)),
            (None, "可持续影响指标", "垃圾分类长效管理机制", "定性", "健全", "初步建立"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "农村居民满意度",
                "≥",
                pct(0.9),
                mk(
                    pct(1),
                    "T106",
                    "error",
                    alt=("T114",),
                    note="with the row's ≥ it reads ≥100%: above the ceiling",
                ),
            ),
        ],
    )
    signature(s, Y, "莫俊峰", "0775-6613207")
    return b


@variant(
    "lz18-stacked-one-wrong",
    (2, 12),
    "two one-year projects stacked, OLD-NAT, operator "
    "column: the second's 当年 + 结转 short of its total and a standard × count above it",
)
def lz18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 10, 14, 12))
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.title(f"{Y}年度项目支出绩效目标表（人力资源和社会保障局）", 6)
    project_head(
        s,
        year=Y,
        title="",
        name="零就业家庭就业援助",
        dept="梅岭市人力资源和社会保障局（508）",
        unit="梅岭市公共就业服务中心",
        attr="常年项目",
        money=[
            ("年度资金总额", w(75), "其中：当年财政拨款", w(60)),
            ("上年结转资金", w(15), "其他资金", w(0)),
        ],
        goals=["对零就业家庭实行动态清零，开发公益性岗位安置就业困难人员。"],
    )
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "开发公益性岗位", "≥", 150, "个"),
            (None, None, "零就业家庭援助户数", "≥", 120, "户"),
            (None, "质量指标", "零就业家庭动态清零率", "=", pct(1), "%"),
            (None, "时效指标", "援助对象认定后安置时间", "≤", 30, "天"),
            (None, "成本指标", "公益性岗位补贴标准", "≤", 5000, "元/人·年"),
            ("效益指标", "社会效益指标", "援助对象稳定就业率", "≥", pct(0.85), "%"),
            ("满意度指标", "服务对象满意度指标", "援助对象满意度", "≥", pct(0.9), "%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=Y,
        title="",
        name="高校毕业生就业见习补贴",
        dept="梅岭市人力资源和社会保障局（508）",
        unit="梅岭市人才交流服务中心",
        attr="常年项目",
        money=[
            (
                "年度资金总额",
                mk(w(130), "B101", "error", note="95 + 20 + 0 = 115 ≠ 130"),
                "其中：当年财政拨款",
                w(95),
            ),
            ("上年结转资金", w(20), "其他资金", w(0)),
        ],
        goals=["组织高校毕业生参加就业见习，按月发放见习补贴，见习留用率不低于40%。"],
    )
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "组织就业见习人数", "≥", 800, "人"),
            (None, None, "认定就业见习基地", "≥", 60, "家"),
            (None, "质量指标", "见习补贴发放准确率", "=", pct(1), "%"),
            (None, "时效指标", "见习补贴发放周期", "≤", 1, "月"),
            (
                None,
                "成本指标",
                "见习补贴标准",
                mk(
                    "≤",
                    "B107",
                    "warning",
                    row=True,
                    note="2100元/人 × 800人 = 168万元 > 年度资金 130万元",
                ),
                2100,
                "元/人",
            ),
            ("效益指标", "社会效益指标", "见习期满留用率", "≥", pct(0.4), "%"),
            (None, None, "见习人员见习后就业率", "≥", pct(0.7), "%"),
            ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, Y, "卢晓东", "0753-2288619")
    return b
