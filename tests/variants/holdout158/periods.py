"""Multi-year project tables with 中期 and 年度 columns (nl08–nl12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout158.common import indicators, period_money
from tests.variants.holdout158.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant(
    "nl08-depot-renovation",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, "
    "operators inside values; counts below their period, rates and standards equal",
)
def nl08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        years=3,
        name="地方储备粮库维修改造工程",
        dept="青梧县粮食和物资储备局",
        unit="青梧县国家粮食储备库",
        attr="新增项目",
        money=period_money((1200, 1000, 200), (450, 380, 70)),
        goals=[
            "2027年—2029年完成3个储备粮库共8栋仓房维修改造，新增气调储粮仓容24000吨，"
            "提升地方储备粮储存条件。",
            "2027年完成1个储备粮库3栋仓房维修改造，新增气调储粮仓容9000吨。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            ("成本指标", "经济成本指标", "仓房维修改造单位仓容成本", "≤450元/吨", "≤450元/吨"),
            ("产出指标", "数量指标", "维修改造储备粮库数量", "≥3个", "≥1个"),
            (None, None, "维修改造仓房栋数", "≥8栋", "≥3栋"),
            (None, None, "新增气调储粮仓容", "≥24000吨", "≥9000吨"),
            (None, "质量指标", "维修改造工程验收合格率", pct(1.0), pct(1.0)),
            (None, "时效指标", "维修改造任务完成时间", "2029年12月31日前", "2027年12月31日前"),
            ("效益指标", "经济效益指标", "减少储粮损耗数量", "≥120吨", "≥40吨"),
            (None, "社会效益指标", "储备粮储存安全事故发生次数", "=0起", "=0起"),
            (None, "可持续影响指标", "改造后仓房设计使用年限", "≥20年", "≥20年"),
            ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "nl09-county-commerce-system",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: "
    "a title year before the project, an annual count above its 中期 count",
)
def nl09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        years=2,
        title=mk(
            "2026年度项目支出绩效目标申报表",
            "Y101",
            "error",
            note="the plan dates and the 年度目标 say 2027",
        ),
        name="县域商业体系建设",
        dept="柘溪县商务局",
        unit="柘溪县商务局",
        attr="新增项目",
        money=period_money((800, 600, 200), (420, 320, 100)),
        goals=[
            "2027年—2028年建设改造乡镇商贸中心10个、改造提升村级便民商店80个，建设县级物流"
            "配送中心2个，完善县域商业网络。",
            "2027年建设改造乡镇商贸中心6个，建成县级物流配送中心1个。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值（2027—2028年）", "年度指标值（2027年）"),
        [
            ("产出指标", "数量指标", "建设改造乡镇商贸中心数量", "≥10个", "≥6个"),
            (
                None,
                None,
                "改造提升村级便民商店数量",
                "≥80个",
                mk("≥95个", "D201", "error", note="95 a year of an 80-shop period"),
            ),
            (None, None, "县级物流配送中心建设数量", "≥2个", "≥1个"),
            (None, "质量指标", "商贸设施验收合格率", pct(1.0), pct(1.0)),
            (None, "时效指标", "年度建设任务完成时间", "2028年11月30日前", "2027年11月30日前"),
            (None, "成本指标", "乡镇商贸中心改造补助标准", "≤50万元/个", "≤50万元/个"),
            ("效益指标", "经济效益指标", "县域社会消费品零售额增长率", "≥5%", "≥5%"),
            (None, "社会效益指标", "行政村便民商店覆盖率", "≥90%", "≥85%"),
            (None, "可持续影响指标", "商贸设施持续运营率", "≥90%", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "农村居民满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "nl10-cold-chain",
    (8,),
    "three-year project, OLD-NAT, two complete column sets "
    "(二级/三级/指标值 for 中期, then for 年度), merged tiers",
)
def nl10() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 26, 16, 14, 26, 16))
    project_head(
        s,
        year=2026,
        years=3,
        name="农产品产地冷藏保鲜设施建设",
        dept="石泉市商务局",
        unit="石泉市商务局",
        attr="新增项目",
        money=period_money((1500, 1200, 300), (500, 400, 100)),
        goals=[
            "2026年—2028年新建产地冷藏保鲜库30座，新增冷藏库容15000吨，带动农户1500户，"
            "降低农产品产后损耗。",
            "2026年新建产地冷藏保鲜库10座，新增冷藏库容5000吨，带动农户500户。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值"),
        [
            (
                "产出指标",
                "数量指标",
                "新建产地冷藏保鲜库数量",
                "≥30座",
                "数量指标",
                "新建产地冷藏保鲜库数量",
                "≥10座",
            ),
            (None, None, "新增冷藏库容", "≥15000吨", None, "新增冷藏库容", "≥5000吨"),
            (
                None,
                "质量指标",
                "冷库建设验收合格率",
                pct(1.0),
                "质量指标",
                "冷库建设验收合格率",
                pct(1.0),
            ),
            (
                None,
                "时效指标",
                "项目建设完成时间",
                "2028年12月31日前",
                "时效指标",
                "年度建设任务完成时间",
                "2026年12月31日前",
            ),
            (
                None,
                "成本指标",
                "冷藏保鲜库建设补助标准",
                "≤40万元/座",
                "成本指标",
                "冷藏保鲜库建设补助标准",
                "≤40万元/座",
            ),
            (
                "效益指标",
                "经济效益指标",
                "果蔬产后损耗率",
                "≤8%",
                "经济效益指标",
                "果蔬产后损耗率",
                "≤10%",
            ),
            (
                None,
                "社会效益指标",
                "带动农户数量",
                "≥1500户",
                "社会效益指标",
                "带动农户数量",
                "≥500户",
            ),
            (
                None,
                "可持续影响指标",
                "冷藏保鲜设施使用率",
                "≥80%",
                "可持续影响指标",
                "冷藏保鲜设施使用率",
                "≥75%",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "新型农业经营主体满意度",
                "≥90%",
                "服务对象满意度指标",
                "新型农业经营主体满意度",
                "≥90%",
            ),
        ],
        merged=(1, 2, 5),
    )
    return b


@variant(
    "nl11-farm-service-center",
    (8,),
    "two-year project, NAT-2021, 实施期 and 年度 columns "
    "and a unit column: the same indicator twice with different annual values, a vague "
    "value",
)
def nl11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        years=2,
        name="基层为农服务中心建设",
        dept="柘溪县供销合作社联合社",
        unit="柘溪县供销合作社联合社",
        attr="新增项目",
        money=period_money((600, 500, 100), (320, 260, 60), first="实施期资金总额"),
        goals=[
            "2027年—2028年新建为农服务中心10个，开展农业社会化托管服务50000亩，"
            "测土配方施肥服务20000亩。",
            "2027年新建为农服务中心6个，开展农业社会化托管服务25000亩，测土配方施肥服务10000亩。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "新建为农服务中心数量", "≥10个", "≥6个", "个"),
            (None, None, "农业社会化托管服务面积", "≥50000亩", "≥25000亩", "亩"),
            (None, None, "测土配方施肥服务面积", "≥20000亩", "≥10000亩", "亩"),
            (
                None,
                None,
                mk(
                    mk(
                        "新建为农服务中心数量",
                        "D102",
                        "error",
                        row=True,
                        alt=("D101", "D103"),
                        note="the first row again, 6 a year there, 8 here",
                    ),
                    "D104",
                    "warning",
                    row=True,
                    required=False,
                    note="the 年度目标 says 6: the same slip seen from the text",
                ),
                "≥10个",
                "≥8个",
                "个",
            ),
            (None, "质量指标", "为农服务中心验收合格率", pct(1.0), pct(1.0), "%"),
            (
                None,
                "时效指标",
                "为农服务中心建成投运时间",
                "2028年10月31日前",
                "2027年10月31日前",
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "为农服务中心建设补助标准",
                "≤40万元/个",
                "≤40万元/个",
                "万元/个",
            ),
            (
                "效益指标",
                "经济效益指标",
                "托管农户亩均节本增效",
                "≥100元/亩",
                "≥100元/亩",
                "元/亩",
            ),
            (
                None,
                "社会效益指标",
                "为农服务网点覆盖范围",
                "覆盖全县大部分乡镇",
                mk("覆盖全县大部分乡镇", "T102", "warning", row=True, note="vague: how many 乡镇?"),
                None,
            ),
            (None, "可持续影响指标", "为农服务中心运营管理制度", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "服务农户满意度", "≥90%", "≥90%", "%"),
        ],
    )
    return b


@variant(
    "nl12-emergency-depot",
    (8, 12),
    "three-year project, NAT-2021, operator column, "
    "中期 and 年度 bare numbers, unit column: the 中期 money not adding up, a rate as a "
    "count",
)
def nl12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 14, 12))
    project_head(
        s,
        year=2027,
        years=3,
        name="市级应急物资储备库建设",
        dept="澄川市粮食和物资储备局",
        unit="澄川市应急物资储备中心",
        attr="新增项目",
        money=period_money(
            (mk(money(2400, WAN), "B101", "error", note="2000 + 300 = 2300"), 2000, 300),
            (900, 800, 100),
        ),
        start=day(2027, 3, 1),
        goals=[
            "2027年—2029年新建市级应急物资储备库8000平方米，储备应急物资30类，"
            "提升全市应急物资保障能力。",
            "2027年完成储备库建设3000平方米，储备应急物资20类。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "新建应急物资储备库建筑面积", "≥", 8000, 3000, "平方米"),
            (None, None, "储备应急物资品种", "≥", 30, 20, "类"),
            (None, "质量指标", "工程质量验收合格率", "=", 100, 100, "%"),
            (
                None,
                None,
                "入库物资验收合格率",
                "≥",
                mk(2000, "T105", "error", row=True, note="a 合格率 in 件"),
                800,
                "件",
            ),
            (
                None,
                "时效指标",
                "年度建设任务完成时间",
                "≤",
                "2029年12月31日",
                "2027年12月31日",
                None,
            ),
            ("成本指标", "经济成本指标", "储备库建设单位造价", "≤", 2500, 2500, "元/平方米"),
            ("效益指标", "社会效益指标", "应急物资调运到达时间", "≤", 6, 6, "小时"),
            (None, "可持续影响指标", "储备库设计使用年限", "≥", 50, 50, "年"),
            ("满意度指标", "服务对象满意度指标", "受灾群众对应急保障满意度", "≥", 90, 90, "%"),
        ],
    )
    return b
