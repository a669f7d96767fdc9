"""More 汀澜省 transfer returns (2026): a 比较符 column, stacked county projects, a three-year
project with 中期 and 年度 columns, and regional tables with planted mistakes."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout128.common import HEAD, footer, transfer_head
from tests.variants.holdout128.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

T1 = "中央对地方专项转移支付区域绩效目标表（2026年度）"
T2 = "2026年省对下转移支付绩效目标表"


@variant(
    "mh08-water-supply-operator-column", (1, 11), "省对下, 农村供水, 比较符 column, bare numbers"
)
def water_supply_operator_column() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 36, 10, 12, 14))
    transfer_head(
        s,
        title=T2,
        name="农村饮水安全巩固提升补助资金",
        central="汀澜省水利厅",
        local="汀澜省财政厅",
        first="省级主管部门",
        second="省级财政部门",
        money=(money(6880, WAN), money(4200, WAN), money(1980, WAN), money(700, WAN)),
        goal="维修养护农村供水工程1200处，新建改造供水管网860公里，巩固提升38万农村人口供水"
        "保障水平，农村自来水普及率达到93%，农村集中供水工程水质达标率达到92%。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "度量单位")
    s.table(
        [
            ("产出指标", "数量指标", "农村供水工程维修养护数量", "≥", 1200, "处"),
            (None, None, "新建改造农村供水管网长度", "≥", 860, "公里"),
            (None, "质量指标", "农村集中供水工程水质达标率", "≥", 92, "%"),
            (None, None, "维修养护工程验收合格率", "=", 100, "%"),
            (None, "时效指标", "工程故障抢修响应时间", "≤", 24, "小时"),
            (None, "成本指标", "供水管网新建改造平均补助", "≤", 4.5, "万元/公里"),
            ("效益指标", "社会效益指标", "巩固提升受益农村人口", "≥", 38, "万人"),
            (None, None, "农村自来水普及率", "≥", 93, "%"),
            (None, None, "规模化供水工程覆盖农村人口比例", "≥", 60, "%"),
            (None, "可持续影响指标", "农村供水工程运行管护机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "填报单位：汀澜省水利厅农村水利水电处", "审核：汀澜省财政厅农业农村处")
    return b


@variant(
    "mh11-stacked-county-defects", (2, 12), "two county 省对下 projects stacked, the 2nd wrong"
)
def stacked_county_defects() -> Book:
    b = Book()
    s = b.sheet("雾峰县", (16, 18, 36, 14, 12, 18))
    s.title("松岭市雾峰县2026年省对下转移支付项目绩效目标表", 6)
    transfer_head(
        s,
        title="",
        name="巩固拓展脱贫攻坚成果衔接推进乡村振兴补助资金",
        central="雾峰县农业农村局",
        local="雾峰县财政局",
        first="县级主管部门",
        second="县级财政部门",
        money=(money(3500), money(2400), money(800), money(300)),
        goal="支持发展茶叶、中药材等联农带农产业项目18个，建设产业路和小型农田水利设施，"
        "带动脱贫户和监测户2600户增收，确保不发生规模性返贫。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "支持联农带农产业项目数量", "≥18", "个", None),
            (None, None, "新建产业路长度", "≥22", "公里", None),
            (None, None, "新建小型农田水利设施", "≥35", "处", None),
            (None, "质量指标", "项目竣工验收合格率", pct(1), "%", None),
            (None, "时效指标", "项目开工时间", "2026年6月30日前", None, None),
            (None, "成本指标", "产业路每公里补助标准", "≤45", "万元/公里", None),
            ("效益指标", "经济效益指标", "带动脱贫户和监测户增收户数", "≥2600", "户", None),
            (None, "社会效益指标", "规模性返贫", "不发生", None, None),
            (None, "可持续影响指标", "联农带农利益联结机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "受益脱贫户满意度", pct(0.92), "%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    transfer_head(
        s,
        title="",
        name="农村综合改革转移支付（美丽乡村建设）",
        central="雾峰县财政局（县农村综合改革办公室）",
        local="雾峰县财政局",
        first="县级主管部门",
        second="县级财政部门",
        money=(
            mk(money(1860), "B101", "error", row=True, note="1200+460+250=1910, not 1860"),
            money(1200),
            money(460),
            money(250),
        ),
        goal="在6个行政村开展美丽乡村建设试点，硬化村内道路12公里，建设农村污水处理设施"
        "6处，改善村容村貌和人居环境。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "美丽乡村建设试点村数量", "≥6", "个", None),
            (None, None, "村内道路硬化长度", ok("≥12", "error"), "公里", None),
            (None, None, "农村污水处理设施建设数量", "≥6", "处", None),
            (None, "质量指标", "工程验收合格率", pct(1), "%", None),
            (None, "时效指标", "试点项目完工时间", "2026年11月30日前", None, None),
            (None, "成本指标", "村均财政补助", "≤310", "万元/村", None),
            ("效益指标", "社会效益指标", "试点村生活污水治理率", pct(0.8), "%", None),
            (
                None,
                None,
                "村内道路硬化长度",
                mk(
                    "≥15",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="same indicator as the 数量 row, 12 公里 there",
                ),
                "公里",
                None,
            ),
            (None, "可持续影响指标", "村庄公共设施长效管护机制", "建立并执行", None, None),
            ("满意度指标", "服务对象满意度指标", "试点村村民满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "县级主管部门（盖章）", "县级财政部门（盖章）")
    return b


@variant("mh12-ecology-three-year", (8,), "3-year 省对下 project, 中期 and 年度 columns, copies")
def ecology_three_year() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 34, 14, 14, 12))
    project_head(
        s,
        year=2026,
        years=3,
        title="岚溪河流域山水林田湖草沙一体化保护修复项目绩效目标申报表（2026年度）",
        name="岚溪河流域山水林田湖草沙一体化保护和修复工程",
        dept="汀澜省自然资源厅 362001",
        unit="岚溪市自然资源和规划局",
        attr="新增项目",
        money=[
            ("中期资金总额", money(45000, WAN), "年度资金总额", money(15000, WAN)),
            ("其中：中央补助", money(36000, WAN), "其中：中央补助", money(12000, WAN)),
            ("省级资金", money(6000, WAN), "省级资金", money(2000, WAN)),
            ("市县配套", money(3000, WAN), "市县配套", money(1000, WAN)),
        ],
        goals=(
            "到2028年，完成岚溪河流域历史遗留矿山生态修复12000亩、水土流失综合治理260平方"
            "公里、河道生态修复85公里，建成生态监测站点20个，流域生态系统质量明显改善。",
            "2026年完成历史遗留矿山生态修复4000亩、水土流失综合治理90平方公里、河道生态修复"
            "30公里，建成生态监测站点8个。",
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "度量单位")
    s.table(
        [
            ("产出指标", "数量指标", "历史遗留矿山生态修复面积", "≥12000", "≥4000", "亩"),
            (
                None,
                None,
                "水土流失综合治理面积",
                "≥260",
                mk("≥260", "D202", "warning", alt=("D104",), note="中期 copied; text says 90"),
                "平方公里",
            ),
            (
                None,
                None,
                "河道生态修复长度",
                "≥85",
                mk("≥85", "D202", "warning", alt=("D104",), note="中期 copied; text says 30"),
                "公里",
            ),
            (
                None,
                None,
                "生态监测站点建设数量",
                "≥20",
                mk("≥26", "D201", "error", alt=("D104",), note="annual 26 > period 20; text 8"),
                "个",
            ),
            (None, "质量指标", "修复工程竣工验收合格率", pct(1), pct(1), "%"),
            (None, "时效指标", "年度修复任务完成率", pct(0.9), pct(0.9), "%"),
            (None, "成本指标", "矿山生态修复亩均投入", "≤2", "≤2", "万元/亩"),
            ("效益指标", "生态效益指标", "流域林草覆盖率", pct(0.68), pct(0.65), "%"),
            (None, None, "岚溪河干流出境断面水质", "Ⅱ类", "Ⅱ类", None),
            (None, "社会效益指标", "带动当地群众务工人数", "≥1500", "≥500", "人"),
            (None, "可持续影响指标", "修复区域后期管护责任落实率", pct(1), pct(1), "%"),
            ("满意度指标", "服务对象满意度指标", "项目区群众满意度", pct(0.9), pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "填报单位（盖章）：岚溪市自然资源和规划局", "填报日期：2025年11月22日")
    return b
