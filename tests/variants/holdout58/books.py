"""One workbook holding several projects, one per sheet, with a 汇总 sheet first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout58.common import one_year
from tests.variants.holdout58.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

W6 = (16, 18, 34, 18, 18, 24)


def summary(
    b: Book,
    title: str,
    dept: str,
    projects: Sequence[tuple[str, float, float, float]],
    total: Any = None,
) -> None:
    """The 汇总 sheet: one line per project (name, 资金总额, 财政拨款, 其他资金) and a 合计 line."""
    s = b.sheet("汇总", (8, 40, 16, 16, 16, 18))
    s.title(title, 6)
    s.row("填报单位：", dept, None, None, "单位：万元", None, merge=[(2, 4)])
    s.row("序号", "项目名称", "资金总额", "财政拨款", "其他资金", "备注")
    for i, (name, t, f, o) in enumerate(projects, start=1):
        s.row(i, name, money(t, WAN), money(f, WAN), money(o, WAN), "详见分表")
    sums = [round(sum(p[k] for p in projects), 2) for k in (1, 2, 3)]
    first = total if total is not None else money(sums[0], WAN)
    s.row("合计", None, first, money(sums[1], WAN), money(sums[2], WAN), None, merge=[(1, 2)])


def project_sheet(
    b: Book,
    sheet: str,
    *,
    year: int,
    name: str,
    dept: str,
    unit: str,
    money_rows: list[tuple[Any, ...]],
    goals: list[str],
    header: Sequence[str],
    rows: list[list[Any]],
    years: int = 1,
    title: Any = None,
) -> None:
    s = b.sheet(sheet, W6)
    project_head(
        s,
        year=year,
        years=years,
        name=name,
        dept=dept,
        unit=unit,
        money=money_rows,
        goals=goals,
        title=title,
    )
    s.row(*header)
    s.table(rows, merged=(1, 2))
    s.row("填报人：", None, "联系电话：", None, "审核人：", None)


H5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
DEPT = "白沙河区文化和旅游局"


@variant(
    "jp05-book-three-projects",
    (2,),
    "workbook: 汇总 sheet first, then three project "
    "sheets of one bureau, NAT-2021, the same indicator names in different sheets",
)
def jp05() -> Book:
    b = Book()
    ps = [
        ("村级文化广场建设项目", 386.4, 336.4, 50.0),
        ("农家书屋提质增效项目", 128.75, 128.75, 0.0),
        ("非物质文化遗产保护传承项目", 95.2, 80.2, 15.0),
    ]
    summary(b, "白沙河区文化和旅游局2027年项目支出绩效目标汇总表", DEPT, ps)
    project_sheet(
        b,
        "文化广场",
        year=2027,
        name=ps[0][0],
        dept=DEPT,
        unit="白沙河区文化馆",
        money_rows=one_year(*ps[0][1:]),
        header=H5,
        goals=["新建村级文化广场12个，配套健身器材和灯光音响，丰富群众文化生活。"],
        rows=[
            ["产出指标", "数量指标", "新建村级文化广场数量", "≥12个", None],
            [None, None, "配套健身器材数量", "≥96套", "每个广场8套"],
            [None, None, "广场硬化面积", "≥14,400平方米", "每个广场约1,200平方米"],
            [None, "质量指标", "工程验收合格率", pct(1), None],
            [None, None, "健身器材安全检测合格率", pct(1), None],
            [None, "时效指标", "项目完工时间", "2027年10月31日前", None],
            [
                "成本指标",
                "经济成本指标",
                "文化广场单个建设成本",
                "≤28.5万元/个",
                "2025年同类广场结算价26.8万元",
            ],
            [
                "效益指标",
                "社会效益指标",
                ok(
                    "年开展群众文化活动场次",
                    note="an activity count under 社会效益: debatable (domain §6.2 flags "
                    "宣传报道 20次 "
                    "under 社会效益), so an F201 warning is tolerated",
                ),
                "≥240场次",
                "每个广场年均不少于20场",
            ],
            [None, "可持续影响指标", "广场管护制度建立率", pct(1), None],
            ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", None],
        ],
    )
    project_sheet(
        b,
        "农家书屋",
        year=2027,
        name=ps[1][0],
        dept=DEPT,
        unit="白沙河区图书馆",
        money_rows=one_year(*ps[1][1:]),
        header=H5,
        goals=["为86个农家书屋补充图书和数字阅读设备，开展全民阅读活动。"],
        rows=[
            ["产出指标", "数量指标", "补充图书册数", "≥25,800册", "每个书屋300册"],
            [None, None, "配备数字阅读终端数量", "≥86台", None],
            [None, None, "开展阅读推广活动场次", "≥172场次", None],
            [None, "质量指标", "图书出版物合规率", pct(1), None],
            [None, None, "阅读终端安装验收合格率", pct(1), None],
            [None, "时效指标", "图书配送完成时间", "2027年6月30日前", None],
            ["成本指标", "经济成本指标", "图书平均采购单价", "≤32.5元/册", None],
            ["效益指标", "社会效益指标", "书屋年借阅人次", "≥43,000人次", "2025年为31,260人次"],
            [None, "可持续影响指标", "书屋开放时间", "≥40小时/周", None],
            ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", None],
        ],
    )
    project_sheet(
        b,
        "非遗保护",
        year=2027,
        name=ps[2][0],
        dept=DEPT,
        unit="白沙河区非遗保护中心",
        money_rows=one_year(*ps[2][1:]),
        header=H5,
        goals=["开展非遗项目记录、传承人培训和展演，扩大白沙河非遗影响力。"],
        rows=[
            ["产出指标", "数量指标", "非遗项目数字化记录数量", "≥8项", None],
            [None, None, "传承人培训人次", "≥150人次", "2024年基数为96人次"],
            [None, None, "非遗展演场次", "≥20场次", None],
            [None, "质量指标", "记录成果验收合格率", pct(1), None],
            [None, "时效指标", "数字化记录完成时间", "2027年11月30日前", None],
            ["成本指标", "经济成本指标", "单项非遗数字化记录成本", "≤6.5万元/项", None],
            ["效益指标", "社会效益指标", "非遗展演观众人次", "≥12,000人次", None],
            [None, "可持续影响指标", "非遗传承人队伍稳定率", "≥95%", None],
            ["满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", None],
        ],
    )
    return b


@variant(
    "jp06-book-summary-wrong",
    (2,),
    "workbook: 汇总 sheet first and two project sheets: "
    "the 汇总 total does not add up, a coverage rate given as a count",
)
def jp06() -> Book:
    b = Book()
    dept = "临溪县农业农村局"
    ps = [
        ("高标准农田建设项目", 1860.0, 1560.0, 300.0),
        ("农技推广服务体系建设项目", 142.6, 142.6, 0.0),
    ]
    summary(
        b,
        "临溪县农业农村局2027年项目支出绩效目标汇总表",
        dept,
        ps,
        total=mk(money(2020.6, WAN), "B102", "error", alt=("B101",)),
    )
    project_sheet(
        b,
        "高标准农田",
        year=2027,
        name=ps[0][0],
        dept=dept,
        unit="临溪县农田建设服务中心",
        money_rows=one_year(*ps[0][1:]),
        header=H5,
        goals=["建设高标准农田6,000亩，完善灌排和田间道路设施。"],
        rows=[
            ["产出指标", "数量指标", "高标准农田建设面积", "≥6,000亩", None],
            [None, None, "新建灌排渠道长度", "≥18.6公里", None],
            [None, None, "田间道路建设长度", "≥9.2公里", None],
            [None, "质量指标", "工程验收合格率", pct(1), None],
            [None, "时效指标", "项目竣工时间", "2027年12月31日前", None],
            ["成本指标", "经济成本指标", "亩均财政投入", "≤3,100元/亩", "2025年标准为3,000元/亩"],
            ["效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", None],
            [None, "可持续影响指标", "工程设计使用年限", "≥15年", None],
            ["满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", None],
        ],
    )
    project_sheet(
        b,
        "农技推广",
        year=2027,
        name=ps[1][0],
        dept=dept,
        unit="临溪县农业技术推广中心",
        money_rows=one_year(*ps[1][1:]),
        header=H5,
        goals=["培训基层农技人员和高素质农民，建设农业科技示范基地。"],
        rows=[
            ["产出指标", "数量指标", "基层农技人员培训人数", "≥120人", None],
            [None, None, "农业科技示范基地数量", "≥6个", None],
            [None, None, "主推技术覆盖率", mk("≥1,500户", "T105", "error"), None],
            [None, "质量指标", "培训考核合格率", "≥95%", None],
            [None, "时效指标", "培训完成时间", "2027年10月31日前", None],
            ["成本指标", "经济成本指标", "人均培训成本", "≤2,800元/人", None],
            ["效益指标", "社会效益指标", "主推技术到位率", "≥95%", "2024年基数为88.5%"],
            [None, "可持续影响指标", "示范基地持续运营年限", "≥3年", None],
            ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", None],
        ],
    )
    return b
