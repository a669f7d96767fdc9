"""Header rows in Chinese and English, and tables that start in column C with notes in column
A."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout135.parts import one_year as money_rows
from tests.variants.holdout135.parts import signatures
from tests.variants.holdout135.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, pct

BI = (
    "一级指标\nLevel-1 indicator",
    "二级指标\nLevel-2 indicator",
    "三级指标\nIndicator",
    "比较符\nOperator",
    "指标值\nTarget",
    "计量单位\nUnit",
)


@variant(
    "mo13-bilingual-header-cells",
    (7,),
    "project, NAT-2021, header cells in Chinese and English, operator and unit columns",
)
def bilingual_cells() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 28, 12, 14, 14))
    project_head(
        s,
        year=2027,
        name="青岚市国际化人才服务平台运营项目",
        dept="青岚市科学技术局（405002）",
        unit="青岚市国际人才服务中心",
        money=money_rows(260, 230, 30),
        goals=["2027年为外籍人才提供工作许可、居留便利和生活服务，举办国际人才交流活动。"],
    )
    s.row(*BI)
    s.table(
        [
            ("产出指标", "数量指标", "外籍人才服务人次", "≥", 3000, "人次"),
            (None, None, "办理外国人来华工作许可", "≥", 650, "件"),
            (None, None, "举办国际人才交流活动", "≥", 10, "场"),
            (None, "质量指标", "工作许可办理准确率", "≥", pct(0.99), "%"),
            (None, "时效指标", "工作许可办结时限", "≤", 10, "个工作日"),
            ("成本指标", "经济成本指标", "单场交流活动成本", "≤", 8, "万元/场"),
            ("效益指标", "经济效益指标", "服务企业研发投入增长率", "≥", pct(0.08), "%"),
            (None, "社会效益指标", "外籍人才服务事项网上办理率", "≥", pct(0.9), "%"),
            (None, "可持续影响指标", "国际人才服务工作机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "外籍人才满意度", "≥", pct(0.9), "%"),
            (None, None, "用人单位满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signatures(s)
    return b


@variant(
    "mo14-bilingual-two-rows",
    (7, 12),
    "department, NAT-2021, a Chinese header row over an English one, 实施周期 and 年度 columns",
)
def bilingual_rows() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标表", (16, 16, 30, 16, 16, 14))
    department_head(
        s,
        year=2027,
        dept="青岚市梧溪区市场监督管理局",
        budget=[(2060, 1980, 80, 1420, 640)],
        tasks=[
            ("食品安全抽检", "评价性、监督性抽检", 280, "抽检3600批次"),
            ("特种设备检验", "电梯、锅炉等监督检查", 200, "检查1500台次"),
            ("12315平台运行", "投诉举报受理处置", 160, "7个工作日内办结"),
            ("金额合计", None, 640, None),
        ],
        goal="守住食品安全底线，特种设备安全可控，投诉举报及时处置。",
    )
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    s.row("Level 1", "Level 2", "Indicator", "Target (period)", "Target (year)")
    s.table(
        [
            ("产出指标", "数量指标", "食品安全抽检批次", "≥3600批次", "≥3600批次"),
            (None, None, "特种设备监督检查台次", "≥1500台次", "≥1500台次"),
            (None, "质量指标", "不合格食品核查处置率", pct(1), pct(1)),
            (None, None, "抽检样品信息录入准确率", "≥99%", "≥99%"),
            (None, "时效指标", "投诉举报处理时限", "≤7个工作日", "≤7个工作日"),
            ("成本指标", "经济成本指标", "食品抽检单批次成本", "≤700元/批次", "≤700元/批次"),
            ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥98%", "≥98%"),
            (None, "可持续影响指标", "市场主体信用信息公示率", pct(1), pct(1)),
            ("满意度指标", "服务对象满意度指标", "投诉举报人满意度", "≥90%", "≥90%"),
            (None, None, "市场主体满意度", "≥88%", "≥88%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("填报人：韩素", None, "联系电话：0731-8860377")
    return b


@variant(
    "mo15-bilingual-wrong",
    (7, 9),
    "project, OLD-NAT, bilingual header cells: a unit conflict, a doubled operator, a "
    "deadline given as a percentage",
)
def bilingual_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 28, 12, 14, 14))
    project_head(
        s,
        year=2027,
        name="临溪县职业技能提升培训项目",
        dept="临溪县人力资源和社会保障局（326040）",
        unit="临溪县就业服务中心",
        money=money_rows(300, 270, 30),
        goals=["2027年开展职业技能培训1800人次，培训合格率85%以上，促进培训后就业。"],
    )
    s.row(*BI)
    s.table(
        [
            ("产出指标", "数量指标", "职业技能培训人次", "≥", 1800, "人次"),
            (None, None, "开设培训工种", "≥", 12, "个"),
            (
                None,
                "质量指标",
                "培训合格率",
                "≥",
                mk("≥≥85%", "T116", "warning", note="the operator typed twice"),
            ),
            (
                None,
                "时效指标",
                "结业证书发放时间",
                "≤",
                mk(pct(1), "T113", "warning", row=True, note="a deadline given as 100 %"),
                None,
            ),
            (
                None,
                "成本指标",
                "人均培训成本",
                "≤",
                mk(
                    mk(
                        "1500元",
                        "T112",
                        "error",
                        alt=("T119",),
                        note="元 in the value, 万元 in the unit",
                    ),
                    "B107",
                    "warning",
                    row=True,
                    required=False,
                    note="1500万元 × 1800 read literally",
                ),
                "万元",
            ),
            ("效益指标", "社会效益指标", "培训后就业率", "≥", pct(0.6), "%"),
            (None, "经济效益指标", "就业学员月均收入增长率", "≥", pct(0.1), "%"),
            (None, "可持续影响指标", "校企合作培训机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signatures(s)
    return b


NOTES = (
    "注1：金额单位为万元。",
    "注2：三级指标可根据需要增行。",
    "注3：指标值应量化，不能量化的用定性描述。",
)


def head_at(s: Sheet, rows: Sequence[Sequence[Any]], col: int, notes: Sequence[str]) -> None:
    """Head rows written from column ``col``; ``notes`` go into column A beside the first rows."""
    for i, r in enumerate(rows):
        s.row(*r, col=col)
        if i < len(notes):
            s.put(s.r, 1, notes[i])


@variant(
    "mo16-column-c-notes",
    (4,),
    "project, OLD-NAT, the whole form starting in column C, filling notes in column A",
)
def column_c_notes() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (26, 4, 14, 14, 28, 16, 14, 14))
    s.row("2027年度项目支出绩效目标申报表", col=3, merge=[(3, 8)])
    head_at(
        s,
        [
            ("项目名称", "白沙河区河道保洁项目", None, "主管部门", "白沙河区水务局"),
            ("实施单位", "白沙河区河道管理所", None, "项目属性", "常年项目"),
            ("项目期", "1年", "计划开始日期", day(2027, 1, 1), "计划完成日期", day(2027, 12, 31)),
            ("项目资金（万元）", "资金总额", money(280, WAN), "其中：财政拨款", money(250, WAN)),
            (None, "其他资金", money(30, WAN)),
            (
                "年度绩效目标",
                "2027年完成辖区46公里河道日常保洁，及时清理水面漂浮物，河道水环境明显改善。",
            ),
        ],
        3,
        NOTES,
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", col=3)
    s.put(s.r, 1, "注4：一级、二级指标按财政部门规定填列。")
    s.table(
        [
            ("产出指标", "数量指标", "保洁河道长度", "≥46公里"),
            (None, None, "清理水面漂浮物", "≥900吨"),
            (None, None, "巡河次数", "≥720次"),
            (None, "质量指标", "河面保洁达标率", "≥95%"),
            (None, "时效指标", "漂浮物清理响应时间", "≤2小时"),
            (None, "成本指标", "河道保洁单价", "≤5万元/公里"),
            ("效益指标", "生态效益指标", "河道水环境", "明显改善"),
            (None, "社会效益指标", "群众涉河投诉件数", "≤20件"),
            (None, "可持续影响指标", "河道长效保洁机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"),
        ],
        merged=(1, 2),
        col=3,
    )
    signatures(s, col=3)
    return b


@variant(
    "mo17-column-c-department",
    (4, 12),
    "department, NAT-2021, the form starting in column C with notes in column A, operator "
    "and unit columns",
)
def column_c_department() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (30, 4, 14, 16, 28, 10, 12, 12))
    s.row("2027年度部门整体支出绩效目标申报表", col=3, merge=[(3, 8)])
    head_at(
        s,
        [
            ("部门（单位）名称", "青岚市档案馆", None, "填报日期", day(2026, 11, 16, CN_DATE)),
            ("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"),
            (None, 860, 820, 40, 530, 330),
            ("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"),
            (None, "档案数字化", "馆藏档案扫描、著录", 180, "扫描260万页"),
            (None, "档案库房安全", "温湿度控制、消防安防维护", 90, "库房安全"),
            (None, "档案编研", "史料汇编出版", 60, "出版3部"),
            (None, "金额合计", None, 330),
            ("年度总体目标", "推进馆藏档案数字化，保障档案实体安全，提升档案利用服务水平。"),
        ],
        3,
        ["填报口径：本表金额为万元。", "基本支出含人员经费和公用经费。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", col=3)
    s.put(s.r, 1, "说明：比较符填写≥、≤、=或定性。")
    s.table(
        [
            ("产出指标", "数量指标", "档案数字化扫描页数", "≥", 260, "万页"),
            (None, None, "接收档案进馆", "≥", 3.2, "万卷"),
            (None, None, "编研出版成果", "≥", 3, "部"),
            (None, "质量指标", "数字化成果质检合格率", "≥", pct(0.99), "%"),
            (None, None, "库房温湿度达标率", "≥", pct(0.95), "%"),
            (None, "时效指标", "档案查阅利用办结时限", "≤", 2, "个工作日"),
            ("成本指标", "经济成本指标", "档案数字化单页成本", "≤", 0.6, "元/页"),
            ("效益指标", "社会效益指标", "档案利用需求满足率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "馆藏档案数字化率", "≥", pct(0.65), "%"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
        col=3,
    )
    s.skip()
    s.row("填报人：许晴", None, "联系电话：0731-2213508", col=3)
    return b


@variant(
    "mo18-column-c-wrong",
    (4, 8, 12),
    "two-year project, NAT-2021, from column C with notes in A: annual money above the period "
    "money, a go-live date given as a percentage, ≥ on a 漏损率",
)
def column_c_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (26, 4, 14, 16, 28, 16, 16, 14))
    s.row("2027年度项目支出绩效目标申报表", col=3, merge=[(3, 8)])
    annual = mk(money(650, WAN), "B103", "error", note="the annual 650 exceeds the period 600")
    head_at(
        s,
        [
            ("项目名称", "临溪县智慧水务建设项目", None, "主管部门", "临溪县水利局"),
            ("实施单位", "临溪县城乡供水有限公司", None, "项目属性", "新增项目"),
            ("项目期", "2年", "计划开始日期", day(2027, 1, 1), "计划完成日期", day(2028, 12, 31)),
            ("项目资金（万元）", "中期资金总额", money(600, WAN), "年度资金总额", annual),
            (None, "其中：财政拨款", money(540, WAN), "其中：财政拨款", money(590, WAN)),
            (None, "其他资金", money(60, WAN), "其他资金", money(60, WAN)),
            (
                "中期目标",
                "2027—2028年建成县城供水管网监测系统，安装智能水表2.4万块，降低管网漏损。",
            ),
            ("年度目标", "2027年建成监测平台，安装智能水表1万块，管网漏损率降至12%以下。"),
        ],
        3,
        NOTES,
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", col=3)
    s.table(
        [
            ("产出指标", "数量指标", "安装智能水表", "≥2.4万块", "≥1万块"),
            (None, None, "新建管网压力监测点", "≥60个", "≥25个"),
            (None, "质量指标", "监测数据上传完整率", "≥95%", "≥95%"),
            (
                None,
                "时效指标",
                "监测平台上线时间",
                "2027年12月31日前",
                mk(
                    mk(pct(1), "T113", "warning", row=True, note="a go-live date given as 100 %"),
                    "D203",
                    "warning",
                    row=True,
                    required=False,
                    note="follows from the mistake",
                ),
            ),
            ("成本指标", "经济成本指标", "智能水表单价", "≤220元/块", "≤220元/块"),
            (
                "效益指标",
                "经济效益指标",
                "管网漏损率",
                "≤10%",
                mk(
                    mk(
                        "≥12%",
                        "T108",
                        "warning",
                        row=True,
                        note="a leakage rate is 反向: ≤12% meant",
                    ),
                    "D203",
                    "warning",
                    row=True,
                    required=False,
                    note="follows from the mistake",
                ),
            ),
            (None, "社会效益指标", "供水异常响应时间", "≤2小时", "≤2小时"),
            (None, "可持续影响指标", "智慧水务运维机制", "健全", "初步建立"),
            ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
        col=3,
    )
    signatures(s, col=3)
    return b
