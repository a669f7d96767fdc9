"""Head blocks for the returns of this corpus (invented units and money)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day


def w(x: float) -> C:
    return C(x, WAN)


def project(b: Book, key: str, *, sheet: str = "Sheet1", total: Any = None,
            title: str | None = None) -> Sheet:  # fmt: skip
    """A one-year 2026 project head for one of the sets in ``sets.py``."""
    s = b.sheet(sheet, (14, 16, 30, 12, 14, 14, 14, 18))
    name, dept, unit, money, goal = PROJECTS[key]
    if total is not None:
        money = [(money[0][0], total, *money[0][2:]), *money[1:]]
    project_head(s, year=2026, name=name, dept=dept, unit=unit, money=money, goals=[goal],
                 title=title)  # fmt: skip
    return s


PROJECTS: dict[str, tuple[str, str, str, list[Any], str]] = {
    "water": (
        "青溪县2026年农村供水保障工程",
        "青溪县水利局（312）",
        "青溪县农村供水管理站",
        [("年度资金总额", w(980), "其中：财政拨款", w(900)), ("其他资金", w(80), None, None)],
        "新建集中供水工程3处，改造供水管网42公里，新增受益人口1200人，提升农村供水保障水平。",
    ),
    "train": (
        "柘岭市2026年职业技能提升培训",
        "柘岭市人力资源和社会保障局（208）",
        "柘岭市职业能力建设中心",
        [("年度资金总额", w(360), "其中：财政拨款", w(340)), ("其他资金", w(20), None, None)],
        "开展职业技能培训班40期，培训2000人，参训人员考核合格率不低于90%。",
    ),
    "culture": (
        "白石镇2026年文化惠民工程",
        "白石镇人民政府（601）",
        "白石镇综合文化站",
        [("年度资金总额", w(120), "其中：财政拨款", w(110)), ("其他资金", w(10), None, None)],
        "送戏下乡60场，公益电影放映240场，补充农家书屋图书12000册，丰富群众文化生活。",
    ),
    "road": (
        "临溪县2026年农村公路养护",
        "临溪县交通运输局（415）",
        "临溪县公路养护中心",
        [("年度资金总额", w(650), "其中：财政拨款", w(620)), ("其他资金", w(30), None, None)],
        "完成县道180公里、乡道420公里日常养护，改造危桥4座，优良中等路率达到85%以上。",
    ),
}

DEPTS: dict[str, tuple[str, list[Any], list[Any], str]] = {
    "archive": (
        "柘岭市档案馆",
        [(w(1260), w(1200), w(60), w(980), w(280))],
        [
            ("档案接收与保管", "接收进馆档案15000卷，库房安全管理", w(90), "接收档案15000卷"),
            ("馆藏档案数字化", "数字化加工200000页", w(120), "完成数字化200000页"),
            ("档案利用服务", "查阅利用、开放审核", w(70), "服务3000人次"),
            ("金额合计", None, w(280), None),
        ],
        "做好档案接收、保管、数字化和利用服务，查档群众满意度达到92%以上。",
    ),
    "market": (
        "青溪县市场监督管理局",
        [(w(2600), w(2450), w(150), w(1800), w(800))],
        [
            ("食品安全抽检", "监督抽检1500批次", w(180), "完成抽检1500批次"),
            ("特种设备安全监管", "定期检验600台", w(260), "检验特种设备600台"),
            ("市场秩序执法", "双随机抽查320户", w(360), "抽查市场主体320户"),
            ("金额合计", None, w(800), None),
        ],
        "守住食品和特种设备安全底线，食品监督抽检合格率保持在97%以上。",
    ),
}


def department(b: Book, key: str, *, sheet: str = "Sheet1") -> Sheet:
    s = b.sheet(sheet, (14, 16, 30, 12, 14, 14, 14, 18))
    dept, budget, tasks, goal = DEPTS[key]
    department_head(s, year=2026, dept=dept, budget=budget, goal=goal, tasks=tasks,
                    filled=day(2025, 11, 18))  # fmt: skip
    return s
