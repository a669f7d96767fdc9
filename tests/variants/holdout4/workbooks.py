"""More workbooks with a sheet per project: an instructions sheet and tables starting in
column C (a15); dates and PDF artefacts in the money blocks (a16)."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.pagebreak import Break

from tests.variants.holdout4.common import (
    PROJECT_TITLE,
    PROJECT_WIDTHS,
    PROVINCE,
    money_rows,
    project_block,
    project_sheet,
    signatures,
)
from tests.variants.holdout4.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, day, mk

# ------------------------------------- a15: a notes sheet, tables from column C, page breaks
HRSS = f"{PROVINCE}人力资源和社会保障厅（136）"
T1 = (
    "一、产出指标（40分）",
    "二、成本指标（10分）",
    "三、效益指标（30分）",
    "四、满意度指标（10分）",
)
H15 = ("一级指标", "二级指标", "三级指标", None, "指标值", "备注")


def _hr(book: Book, sheet: str, head: dict[str, Any], rows: list[tuple[Any, ...]],
        page_break: int = 0) -> None:  # fmt: skip
    s = book.sheet(sheet, (3, 3, *PROJECT_WIDTHS, 10))
    project_block(s, year=2025, title=PROJECT_TITLE, col=3, **head)
    s.row(*H15, col=3)
    if page_break:
        s.table(rows[:page_break], merged=(1, 2), col=3)
        s.ws.row_breaks.append(Break(id=s.r))
        s.row(*H15, col=3)
        rows = rows[page_break:]
    s.table(rows, merged=(1, 2), col=3)
    s.skip()
    s.row("注：1.指标值中“≥”表示不低于，“≤”表示不高于；2.预算执行率另行评价（10分），不列入本表。",
          col=3)  # fmt: skip
    signatures(s, who="邓志宏", checker="魏红梅", phone="0871-6535 4410",
               filled=day(2024, 11, 18, CN_DATE), col=3)  # fmt: skip


@variant(
    "a15-notes-sheet-column-c-ok",
    (4, 5, 7),
    "an instructions sheet, then three projects "
    "starting in column C with a spacer column, numbered tier labels with points, a header "
    "repeated after a page break, footnotes and signature lines",
)
def a15() -> Book:
    book = Book()
    s = book.sheet("填报说明", (80,))
    s.row("填报说明")
    s.row("1. 每个项目填写一张工作表，项目名称与预算一体化系统保持一致。")
    s.row("2. 指标值请填写“比较符+数值+单位”，定性指标填写等级。")
    s.row("3. 本表金额单位为万元。")
    _hr(
        book,
        "职业技能培训补贴",
        {
            "name": "职业技能培训补贴",
            "dept": HRSS,
            "unit": "省职业技能鉴定指导中心",
            "money": money_rows(C(9600, WAN), 9000, 600),
            "goals": ("开展补贴性职业技能培训6万人次，3.6万人取得职业资格或技能等级证书。",),
        },
        [
            (T1[0], "1.数量指标", "开展补贴性职业技能培训", None, "≥6万人次", None),
            (None, None, "取得证书人数", None, "≥3.6万人", None),
            (None, "2.质量指标", "培训合格证书取得率", None, "≥60%", None),
            (None, "3.时效指标", "补贴资金拨付时限", None, "≤30个工作日", None),
            (T1[1], "1.经济成本指标", "人均培训补贴标准", None, "≤1500元/人", "计划标准"),
            (T1[2], "1.社会效益指标", "培训后就业率", None, "≥65%", None),
            (None, "2.可持续影响指标", "职业技能培训长效机制", None, "逐步健全", None),
            (T1[3], "1.服务对象满意度指标", "参训人员满意度", None, "≥90%", None),
        ],
        page_break=4,
    )
    _hr(
        book,
        "就业见习补贴",
        {
            "name": "高校毕业生就业见习补贴",
            "dept": HRSS,
            "unit": "省就业服务局",
            "money": money_rows(C(3200, WAN), 3200, 0),
            "goals": ("募集见习岗位1.2万个，组织1万名青年参加就业见习。",),
        },
        [
            (T1[0], "1.数量指标", "募集见习岗位", None, "≥1.2万个", None),
            (None, None, "组织青年参加就业见习", None, "≥1万人", None),
            (None, "2.质量指标", "见习期满留用率", None, "≥30%", None),
            (None, "3.时效指标", "见习补贴发放及时率", None, "≥95%", None),
            (T1[1], "1.经济成本指标", "见习补贴标准", None, "≤2000元/人·月", None),
            (T1[2], "1.社会效益指标", "见习人员就业率", None, "≥50%", None),
            (T1[3], "1.服务对象满意度指标", "见习单位满意度", None, "≥90%", None),
            (None, None, "见习人员满意度", None, "≥90%", None),
        ],
    )
    _hr(
        book,
        "创业担保贷款贴息",
        {
            "name": "创业担保贷款贴息及奖补",
            "dept": HRSS,
            "unit": "省就业服务局",
            "money": money_rows(C(7500, WAN), 7000, 500),
            "goals": ("新发放创业担保贷款30亿元，扶持1.5万人创业，带动就业4.5万人。",),
        },
        [
            (T1[0], "1.数量指标", "新发放创业担保贷款", None, "≥30亿元", "贷款规模，非财政资金"),
            (None, None, "扶持创业", None, "≥1.5万人", None),
            (None, "2.质量指标", "贷款按期还款率", None, "≥95%", None),
            (None, "3.时效指标", "贴息资金拨付时限", None, "30日内", None),
            (T1[1], "1.经济成本指标", "个人贷款财政贴息比例", None, "≤50%", None),
            (T1[2], "1.社会效益指标", "带动就业", None, "≥4.5万人", None),
            (None, "2.可持续影响指标", "担保基金代偿率", None, "≤3%", None),
            (T1[3], "1.服务对象满意度指标", "创业者满意度", None, "≥90%", None),
        ],
        page_break=5,
    )
    return book


# -------------------------------------------------- a16: four projects, dates and PDF artefacts
CULT = f"{PROVINCE}文化和旅游厅（152）"
H4 = ("一级指标", "二级指标", "三级指标", "年度指标值")


@variant(
    "a16-four-sheets-artefacts",
    (2, 9, 12),
    "four sheets, OLD-NAT, one value column: a "
    "start date two years before the budget year, a split number and an amount pasted twice",
)
def a16() -> Book:
    book = Book()
    project_sheet(
        book,
        "公共文化服务",
        {
            "name": "公共文化服务体系建设",
            "dept": CULT,
            "unit": "省公共文化服务中心",
            "money": money_rows(C(2600, WAN), 2600, 0),
            "goals": ("支持县级图书馆、文化馆开展免费开放服务，举办群众文化活动600场。",),
        },
        H4,
        [
            ("产出指标", "数量指标", "举办群众文化活动", "≥600场"),
            (None, None, "支持免费开放场馆", "≥96个"),
            (None, "质量指标", "场馆免费开放达标率", "≥95%"),
            (None, "时效指标", "资金下达时限", "≤30日"),
            (None, "成本指标", "单个场馆免费开放补助", "≤25万元/个"),
            ("效益指标", "社会效益指标", "群众参与文化活动人次", "≥120万人次"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
    )
    project_sheet(
        book,
        "非遗保护传承",
        {
            "name": "非物质文化遗产保护传承",
            "dept": CULT,
            "unit": "省非物质文化遗产保护中心",
            "start": mk(
                day(2023, 3, 1),
                "Y102",
                "error",
                row=True,
                alt=("Y101",),
                note="2025年度的一年期项目，开始日期却在2023年",
            ),
            "end": day(2025, 12, 31),
            "money": money_rows(C(900, WAN), 900, 0),
            "goals": ("资助省级非遗代表性传承人，开展非遗进校园、进社区活动。",),
        },
        H4,
        [
            ("产出指标", "数量指标", "资助省级代表性传承人", "≥320人"),
            (None, None, "非遗进校园进社区活动", "≥80场"),
            (None, "质量指标", "传承人年度考核合格率", "≥95%"),
            (None, "时效指标", "传承补助发放时间", "2025年6月30日前"),
            (None, "成本指标", "传承人补助标准", "≤1万元/人"),
            ("效益指标", "社会效益指标", "非遗传承活力", "持续增强"),
            ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
        ],
    )
    project_sheet(
        book,
        "旅游公共服务设施",
        {
            "name": "旅游公共服务设施建设",
            "dept": CULT,
            "unit": "省旅游发展服务中心",
            "attr": "一次性项目",
            "money": [
                (
                    "年度资金总额",
                    mk(
                        "1205.337 6",
                        "X105",
                        "warning",
                        alt=("X103",),
                        note="从PDF粘贴，数字被空格断开",
                    ),
                    "其中：财政拨款",
                    C(1005.3376, '0.0000"万元"'),
                ),
                (None, None, "其他资金", C(200, '0.0000"万元"')),
            ],
            "goals": ("建设旅游厕所、游客服务中心等公共服务设施，提升游客服务水平。",),
        },
        H4,
        [
            ("产出指标", "数量指标", "新建改建旅游厕所", "≥60座"),
            (None, None, "建设游客服务中心", "≥8个"),
            (None, "质量指标", "工程验收合格率", "=100%"),
            (None, "时效指标", "项目完工时间", "2025年11月30日前"),
            (None, "成本指标", "单座旅游厕所补助", "≤10万元/座"),
            ("效益指标", "社会效益指标", "游客服务便利度", "明显提升"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
    )
    project_sheet(
        book,
        "文旅融合示范",
        {
            "name": "文旅融合发展示范区创建",
            "dept": CULT,
            "unit": "省文化和旅游厅产业发展处",
            "money": [
                ("年度资金总额", C(620, WAN), "其中：财政拨款", C(500, WAN)),
                (
                    None,
                    None,
                    "其他资金",
                    mk("120万120万", "X106", "error", alt=("B108",), note="金额粘贴了两次"),
                ),
            ],
            "goals": ("支持创建省级文旅融合发展示范区4个。",),
        },
        H4,
        [
            ("产出指标", "数量指标", "支持创建示范区", "≥4个"),
            (None, "质量指标", "创建验收通过率", "≥90%"),
            (None, "时效指标", "创建任务完成时间", "2025年12月31日前"),
            (None, "成本指标", "单个示范区补助", "≤125万元/个"),
            ("效益指标", "经济效益指标", "示范区旅游收入增长率", "≥8%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
    )
    return book
