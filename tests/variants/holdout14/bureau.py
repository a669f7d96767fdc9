"""Department returns (部门整体): a county 农业农村局 with 年度主要任务 and 实施周期/年度 columns,
and a county 乡村振兴服务中心 whose budget, one indicator name and one threshold are wrong."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout14.common import NUM
from tests.variants.holdout14.registry import variant
from tests.variants.kit import Book, C, day, mk


@variant(
    "z11-lanxi-bureau-department-ok",
    (4, 12),
    "department, county 农业农村局: budget split both ways, five key tasks adding to the "
    "项目支出, NAT-2021 with 实施周期 = 年度 (a one-year department), a zero 返贫 target",
)
def z11() -> Book:
    book = Book()
    s = book.sheet("部门整体", (16, 18, 30, 16, 16, 16))
    department_head(
        s,
        year=2025,
        dept="岚溪县农业农村局",
        budget=[(C(6850.6, NUM), C(6590.6, NUM), C(260, NUM), C(1120.6, NUM), C(5730, NUM))],
        tasks=[
            ("高标准农田建设", "新建高标准农田8000亩", C(2400, NUM), "提升粮食综合生产能力"),
            (
                "衔接资金产业发展",
                "实施产业发展项目45个",
                C(2200, NUM),
                "带动脱贫户（含监测户）3000户以上增收",
            ),
            (
                "动物疫病防控",
                "重大动物疫病强制免疫、监测和扑杀补助",
                C(380, NUM),
                "不发生区域性重大动物疫情",
            ),
            (
                "农业技术推广与培训",
                "培训高素质农民600人，推广主导品种和技术",
                C(450, NUM),
                "主要农作物良种覆盖率稳定在95%以上",
            ),
            (
                "农村人居环境整治",
                "改造农村户厕1200户，建设垃圾收集点",
                C(300, NUM),
                "村庄环境持续改善",
            ),
            ("金额合计", None, C(5730, NUM), None),
        ],
        goal="目标1：新建高标准农田8000亩；目标2：实施衔接资金产业项目45个，带动脱贫户"
        "（含监测户）3000户以上户均增收2000元以上，守住不发生规模性返贫底线；"
        "目标3：重大动物疫病免疫密度保持在90%以上；目标4：改造农村户厕1200户。",
        filled=day(2024, 12, 2),
    )
    top = s.row("年度绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    s.table(
        [
            (None, "产出指标", "数量指标", "新建高标准农田", "≥8000亩", "≥8000亩"),
            (None, None, None, "实施衔接资金产业项目", "≥45个", "≥45个"),
            (None, None, None, "培训高素质农民", "≥600人", "≥600人"),
            (None, None, None, "改造农村户厕", "≥1200户", "≥1200户"),
            (None, None, "质量指标", "重大动物疫病免疫密度", "≥90%", "≥90%"),
            (None, None, None, "农产品质量安全例行监测合格率", "≥98%", "≥98%"),
            (None, None, "时效指标", "衔接资金项目按期开工率", "≥90%", "≥90%"),
            (
                None,
                "成本指标",
                "经济成本指标",
                "高标准农田亩均建设成本",
                "≤3000元/亩",
                "≤3000元/亩",
            ),
            (None, "效益指标", "经济效益指标", "带动脱贫户户均增收", "≥2000元", "≥2000元"),
            (None, None, "社会效益指标", "带动脱贫户（含监测户）", "≥3000户", "≥3000户"),
            (None, None, None, "新增规模性返贫人数", "=0人", "=0人"),
            (None, None, "生态效益指标", "畜禽粪污综合利用率", "≥80%", "≥80%"),
            (None, None, "可持续影响指标", "农村人居环境长效管护机制", "健全", "健全"),
            (None, "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"),
        ],
        merged=(2, 3),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("填报人：唐晓峰", None, "联系电话：0836-5520391", None, "审核人：周卫东")
    return book


@variant(
    "z12-zhechuan-centre-department-defects",
    (6, 12, 13),
    "department, county 乡村振兴服务中心: 基本支出 + 项目支出 short of 资金总额, an indicator "
    "row with a value and no name, a threshold typed 95%%",
)
def z12() -> Book:
    book = Book()
    s = book.sheet("Sheet1", (16, 18, 30, 16, 16, 16))
    department_head(
        s,
        year=2025,
        dept="柘川县乡村振兴服务中心",
        title="柘川县乡村振兴服务中心2025年部门整体支出绩效目标表",
        budget=[
            (
                mk(C(1860, NUM), "B101", "error", row=True, note="320 + 1520 = 1840, not 1860"),
                C(1800, NUM),
                C(60, NUM),
                C(320, NUM),
                C(1520, NUM),
            )
        ],
        tasks=[
            (
                "防返贫动态监测",
                "开展防返贫集中排查和常态化监测帮扶",
                C(260, NUM),
                "监测对象应纳尽纳、应帮尽帮",
            ),
            (
                "衔接资金项目管理",
                "项目库建设、项目验收和资产后续管理",
                C(460, NUM),
                "项目资产确权移交率100%",
            ),
            (
                "驻村帮扶和东西部协作",
                "驻村工作队保障、协作项目对接",
                C(800, NUM),
                "驻村工作队保障到位",
            ),
            ("金额合计", None, C(1520, NUM), None),
        ],
        goal="健全防止返贫动态监测和帮扶机制，管好用好衔接资金项目资产，确保不发生规模性返贫。",
        filled=day(2024, 11, 28),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "防返贫集中排查", "≥2次", None, None),
            (None, None, "衔接资金项目验收", "≥120个", None, None),
            (
                None,
                None,
                mk(None, "F110", "error", note="a value but no name"),
                "≥20个",
                None,
                None,
            ),
            (None, "质量指标", "监测对象帮扶措施落实率", "100%", None, None),
            (None, None, "项目资产确权移交率", "100%", None, None),
            (None, "时效指标", "监测对象识别纳入时限", "≤15个工作日", None, None),
            ("成本指标", "经济成本指标", "驻村工作队员人均生活补助", "≤1.8万元/人·年", None, None),
            (
                "效益指标",
                "社会效益指标",
                "监测对象风险消除率",
                mk("≥95%%", "T116", "warning"),
                None,
                None,
            ),
            (None, None, "新增规模性返贫人数", "=0人", None, None),
            (None, "可持续影响指标", "防返贫监测帮扶机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "监测帮扶对象满意度", "≥90%", None, None),
        ],
        merged=(1, 2),
    )
    s.row("填报人：覃海燕", None, "联系电话：0851-7720615")
    return book
