"""Departments with 下属单位 stacked in one sheet, and returns sent back after a first review
with 批注 in a column and 修改说明 rows (ix10–ix13)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout40.common import Row, filled_on, sign, title
from tests.variants.holdout40.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money


def unit_block(
    s: Sheet,
    head: str,
    name: str,
    basic: Any,
    project: Any,
    total: Any,
    goal: str,
    rows: Sequence[Row],
) -> None:
    """One 下属单位: its heading line, money (基本支出 + 项目支出 = 合计), goal and indicators."""
    s.skip()
    s.row(head, merge=[(1, 6)])
    s.row("单位名称", name, None, "金额单位", "万元", None, merge=[(2, 3), (5, 6)])
    s.row("基本支出", basic, "项目支出", project, "合计", total)
    s.row("整体绩效目标", goal, merge=[(2, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(rows, merged=(1, 2))


@variant(
    "ix10-subunits-ok",
    (2, 12),
    "department with three 下属单位 stacked, each with money, "
    "goal and OLD-NAT indicators; the same 满意度 name with other values in other units",
)
def subunits_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 32, 18, 16, 16))
    title(s, "云塘县民政局（含下属单位）2025年度部门整体支出绩效目标表", 1, 6)
    s.row("部门合计（万元）", "基本支出", money(690.01, WAN), "项目支出", money(656.80, WAN), None)
    s.row(None, "合计", money(1346.81, WAN), None, None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    unit_block(
        s,
        "一、云塘县民政局（本级）",
        "云塘县民政局",
        money(386.20, WAN),
        money(512.80, WAN),
        money(899.00, WAN),
        "低保、特困等困难群众应保尽保，新建社区养老服务站6个。",
        [
            ("产出指标", "数量指标", "城乡低保对象动态管理户数", "≥4200户", None),
            (None, None, "社区养老服务站新建数", "≥6个", None),
            (None, "质量指标", "低保资金发放准确率", "≥98%", None),
            (None, "时效指标", "临时救助审批时限", "≤5个工作日", None),
            (None, "成本指标", "社区养老服务站建设补助标准", "≤15万元/个", None),
            ("效益指标", "社会效益指标", "困难群众应保尽保率", "100%", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", None),
        ],
    )
    unit_block(
        s,
        "二、云塘县社会福利院",
        "云塘县社会福利院",
        money(215.46, WAN),
        money(98.00, WAN),
        money(313.46, WAN),
        "特困人员集中供养，护理服务规范达标。",
        [
            ("产出指标", "数量指标", "集中供养特困人员数", "≥160人", None),
            (None, None, "护理员培训人数", "≥40人", None),
            (None, "质量指标", "护理服务达标率", "≥95%", None),
            (None, "成本指标", "护理员培训人均费用", "≤800元/人", None),
            ("效益指标", "社会效益指标", "特困人员生活质量", "逐步提高", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", "供养对象"),
        ],
    )
    unit_block(
        s,
        "三、云塘县救助管理站",
        "云塘县救助管理站",
        money(88.35, WAN),
        money(46.00, WAN),
        money(134.35, WAN),
        "流浪乞讨人员应救尽救，返乡安置及时。",
        [
            ("产出指标", "数量指标", "流浪乞讨人员救助人次", "≥350人次", None),
            (None, "质量指标", "受助人员身份查询准确率", "≥95%", None),
            (None, "时效指标", "救助信息录入及时率", "≥98%", None),
            (None, "成本指标", "人均救助成本", "≤1200元/人次", None),
            ("效益指标", "社会效益指标", "受助人员返乡安置率", "≥90%", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "受助人员"),
        ],
    )
    sign(s, 1, filled_on(2024, 11, 22), who="彭丽", checker="曾国平", phone="0745-3326117")
    return b


@variant(
    "ix11-subunits-wrong",
    (2, 12, 6),
    "department with three 下属单位 stacked: a sub-unit's "
    "合计 wrong, a 成活率 over 100%, a template 时效指标 row left empty",
)
def subunits_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 18, 16, 16))
    title(s, "白鹭湾区城市管理局及所属单位2025年度整体支出绩效目标表", 1, 6)
    unit_block(
        s,
        "（一）白鹭湾区城市管理局（本级）",
        "白鹭湾区城市管理局",
        money(402.75, WAN),
        money(268.00, WAN),
        money(670.75, WAN),
        "规范市容秩序，完成违法建设整治和户外广告整治。",
        [
            ("产出指标", "数量指标", "违法建设拆除面积", "≥2.5万平方米", None),
            (None, None, "户外广告招牌整治数量", "≥600块", None),
            (None, "质量指标", "市容秩序考评达标率", "≥90%", None),
            (
                None,
                mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
                None,
                None,
                None,
            ),
            ("效益指标", "社会效益指标", "城市管理问题按期处置率", "≥95%", None),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", None),
        ],
    )
    unit_block(
        s,
        "（二）白鹭湾区环境卫生管理所",
        "白鹭湾区环境卫生管理所",
        money(312.40, WAN),
        money(580.00, WAN),
        mk(money(902.40, WAN), "B101", "error", note="312.40 + 580.00 = 892.40"),
        "主次干道机械化清扫，生活垃圾日产日清。",
        [
            ("产出指标", "数量指标", "道路机械化清扫面积", "≥320万平方米", None),
            (None, None, "生活垃圾清运量", "≥9.5万吨", None),
            (None, "质量指标", "生活垃圾无害化处理率", "100%", None),
            (None, "时效指标", "生活垃圾日产日清率", "≥98%", None),
            (None, "成本指标", "垃圾清运单位成本", "≤58元/吨", None),
            ("效益指标", "生态效益指标", "城区道路机械化清扫率", "≥85%", None),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", None),
        ],
    )
    unit_block(
        s,
        "（三）白鹭湾区园林绿化管理所",
        "白鹭湾区园林绿化管理所",
        money(176.20, WAN),
        money(205.50, WAN),
        money(381.70, WAN),
        "公园绿地养护，行道树补植。",
        [
            ("产出指标", "数量指标", "公园绿地养护面积", "≥86万平方米", None),
            (None, None, "行道树补植株数", "≥1500株", None),
            (
                None,
                "质量指标",
                "行道树补植成活率",
                mk("≥105%", "T106", "error", note="a survival rate over 100%"),
                None,
            ),
            (None, "成本指标", "绿地养护单位成本", "≤2.2元/平方米·年", None),
            ("效益指标", "生态效益指标", "建成区绿化覆盖率", "≥41%", None),
            ("满意度指标", "服务对象满意度指标", "游园群众满意度", "≥90%", None),
        ],
    )
    return b


def review_sheet(s: Sheet, rows: Sequence[Row]) -> None:
    """An indicator table with the reviewer's 初审意见 and the unit's 修改情况 beside it."""
    s.row("一级指标", "二级指标", "三级指标", "指标值", "初审意见", "修改情况")
    s.table(rows, merged=(1, 2))


@variant(
    "ix12-review-comments-ok",
    (4, 12),
    "department resubmitted after a first review: "
    "初审意见 and 修改情况 columns with old values in the text, 修改说明 rows",
)
def review_comments_ok() -> Book:
    b = Book()
    s = b.sheet("修改稿", (16, 18, 30, 16, 28, 28))
    title(s, "松岭县司法局2025年度部门整体支出绩效目标表（修改稿）", 1, 6)
    s.row(
        "部门名称",
        "松岭县司法局",
        None,
        "填报日期",
        filled_on(2024, 12, 9),
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(
        None,
        money(826.50, WAN),
        money(814.50, WAN),
        money(12.00, WAN),
        money(640.50, WAN),
        money(186.00, WAN),
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度总体目标",
        "人民调解受理纠纷2800件以上、调解成功率96%以上，法律援助办结650件，"
        "开展普法宣传活动120场，社区矫正对象再犯罪率控制在0.2%以内。",
        merge=[(2, 6)],
    )
    review_sheet(
        s,
        [
            ("产出指标", "数量指标", "人民调解案件受理数", "≥2800件", None, None),
            (
                None,
                None,
                "法律援助案件办结数",
                "≥650件",
                "原填“650”，缺比较符和单位",
                "已改为≥650件",
            ),
            (None, None, "普法宣传活动场次", "≥120场", None, None),
            (None, "质量指标", "人民调解成功率", "≥96%", "原填“96”，未带%", "已补%"),
            (None, None, "法律援助案件质量评查合格率", "≥95%", None, None),
            (None, "时效指标", "法律援助申请审查时限", "≤7个工作日", None, None),
            (
                "成本指标",
                "经济成本指标",
                "法律援助案件补贴标准",
                "≤2000元/件",
                "请补充成本指标",
                "已补充",
            ),
            (
                "效益指标",
                "社会效益指标",
                "社区矫正对象再犯罪率",
                "≤0.2%",
                "反向指标应使用≤",
                "原为≥0.2%，已改正",
            ),
            (None, "可持续影响指标", "公共法律服务体系", "不断健全", None, None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "法律援助受援人满意度",
                "≥90%",
                "原为“满意”，请量化",
                "已改为≥90%",
            ),
        ],
    )
    s.row(
        "修改说明",
        "1.按县财政局2024年12月3日初审意见，补充了成本指标；2.法律援助案件办结数、"
        "人民调解成功率补充了比较符和%；3.再犯罪率比较符由≥改为≤。",
        merge=[(2, 6)],
    )
    sign(s, 1, filled_on(2024, 12, 9), who="钟敏", checker="罗建华", phone="0797-6651238")
    return b


@variant(
    "ix13-review-pdf-wrong",
    (9, 6, 13, 4),
    "department resubmitted with a 批注 column: a "
    "task amount split by a space, one pasted twice, a value with no indicator name",
)
def review_pdf_wrong() -> Book:
    b = Book()
    b.file_mark("B102", "error", required=False, note="follows from the pasted amounts")
    s = b.sheet("部门整体", (16, 18, 30, 18, 24, 16))
    title(s, "青槐市住房和城乡建设局2025年度部门整体支出绩效目标表", 1, 6)
    s.row(
        "部门名称",
        "青槐市住房和城乡建设局",
        None,
        "预算金额单位",
        "万元",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row("年度预算", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(
        None,
        money(3912.60, WAN),
        money(3912.60, WAN),
        money(0, WAN),
        money(2268.60, WAN),
        money(1644.00, WAN),
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "批注", None, merge=[(5, 6)])
    top = s.r
    s.row(
        None,
        "老旧小区改造配套",
        "12个老旧小区管网、加装电梯配套",
        mk("1205.337 6", "X105", "warning", alt=("X103",), note="read as 1205.3376"),
        "金额请核实",
        None,
        merge=[(5, 6)],
    )
    s.row(
        None,
        "城镇燃气安全排查整治",
        "燃气管道、用户端安全排查",
        mk("120万120万", "X106", "error", alt=("B108",), note="pasted twice"),
        None,
        None,
        merge=[(5, 6)],
    )
    s.row(
        None,
        "保障性住房维修",
        "公租房屋面、外墙维修",
        money(318.6624, '0.0000"万元"'),
        None,
        None,
        merge=[(5, 6)],
    )
    s.row(None, "金额合计", None, money(1644.00, WAN), None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "整体绩效目标",
        "完成12个老旧小区改造配套，燃气安全隐患排查全覆盖，公租房维修860套。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "批注", None, merge=[(5, 6)])
    rows: list[Row] = [
        ("产出指标", "数量指标", "老旧小区改造配套小区数", "≥12个", None),
        (None, None, "公租房维修套数", "≥860套", "已按意见补充"),
        (None, None, mk(None, "F110", "error", note="value without a name"), "≥3500户", None),
        (None, "质量指标", "改造工程竣工验收合格率", "100%", None),
        (None, "时效指标", "燃气隐患整改时限", "≤30日", None),
        ("成本指标", "经济成本指标", "公租房单套维修成本", "≤3700元/套", None),
        ("效益指标", "社会效益指标", "燃气安全隐患整改率", "≥95%", "请量化"),
        (None, "可持续影响指标", "城镇燃气安全管理长效机制", "逐步建立", None),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", None),
    ]
    r0 = s.r
    s.table(rows, merged=(1, 2))
    for r in range(r0 + 1, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    sign(s, 1, filled_on(2024, 11, 28), who="马丽娜", checker="丁伟", phone="0752-2217635")
    return b
