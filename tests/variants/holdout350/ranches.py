"""Marine ranches: artificial reefs placed and fish stock releases, uv07–uv12."""

from __future__ import annotations

from tests.variants.holdout350.common import (
    book,
    department,
    funds,
    funds_period,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout350.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "uv07-ranch-footnotes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside the table, 注 and 填表说明 "
    "rows, signature and date lines (correct)",
)
def uv07() -> Book:
    b, s = book()
    project(
        s,
        "珠湄湾海洋牧场人工鱼礁建设项目",
        "汐澳市珠湄湾海洋牧场建设中心",
        funds(210, 180, 30),
        ["年内投放混凝土礁体2.4万空方，建成珠湄湾人工鱼礁二区。"],
    )
    s.row("绩效指标", None, None, None, merge=[(1, 4)])
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "人工鱼礁投放量", "≥2.4万空方"),
            (None, None, "礁区海底地形复测", "≥2次"),
            (None, "质量指标", "礁体投放位置偏差合格率", "≥95%"),
            (None, "时效指标", "礁体投放完成时间", "2025年9月30日前"),
            (None, "成本指标", "礁体单位造价", "≤75元/空方"),
        ],
    )
    notes(s, "（以下效益、满意度指标按项目实际填写，可增减行）", width=4)
    s.table(
        [
            ("效益指标", "生态效益指标", "礁区鱼类资源密度较投礁前提高", "≥15%"),
            (None, "可持续影响指标", "礁区管护责任制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "周边养殖渔民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        "注：项目资金210万元中含市级配套30万元，列“其他资金”；礁体造价按2.4万空方测算为180万元。",
        "填表说明：1.指标值须可量化考核；2.时效指标填写完成时限；3.本表一式两份。",
        width=4,
    )
    sign(s, "黎泊舟", "0759-8857120", day(2024, 12, 6))
    s.row("单位负责人（签字）：", None, "单位（盖章）", None)
    return b


@variant(
    "uv08-ranch-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied, "
    "one annual count above its period count",
)
def uv08() -> Book:
    b, s = book()
    project(
        s,
        "蛎石湾国家级海洋牧场示范区建设项目",
        "汐澳市珠湄湾海洋牧场建设中心",
        funds_period((900, 750, 150), (320, 270, 50)),
        [
            "三年建成蛎石湾海洋牧场示范区，累计投放礁体6万空方。",
            "2025年投放礁体2万空方，完成首批增殖放流。",
        ],
        years=3,
        attr="新增项目",
    )
    indicators(
        s,
        PERIOD_HEAD,
        [
            (
                "产出指标",
                "数量指标",
                "人工鱼礁投放量",
                "≥6万空方",
                mk("≥6万空方", "D202", "warning", note="three-year count copied into the year"),
            ),
            (
                None,
                None,
                "增殖放流苗种数量",
                "≥1500万尾",
                mk("≥1500万尾", "D202", "warning", note="three-year count copied into the year"),
            ),
            (
                None,
                None,
                "海草床移植面积",
                "≥30亩",
                mk("≥45亩", "D201", "error", note="the year's 45 亩 exceeds the three-year 30 亩"),
            ),
            (None, "质量指标", "礁体验收合格率", "≥95%", "≥95%"),
            (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "礁体单位造价", "≤50元/空方", "≤50元/空方"),
            ("效益指标", "生态效益指标", "示范区渔业资源密度提高", "≥20%", "≥8%"),
            ("满意度指标", "服务对象满意度指标", "周边渔民满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "黎泊舟", "0759-8857120")
    return b


@variant(
    "uv09-release-one-year",
    (8,),
    "one-year project with 中期 and 年度 columns and goals legitimately identical (correct)",
)
def uv09() -> Book:
    b, s = book()
    goal = "在珠湄湾海洋牧场放流黑鲷、真鲷等苗种800万尾，恢复近岸渔业资源。"
    project(
        s,
        "珠湄湾海洋牧场增殖放流项目",
        "汐澳市水产技术推广站",
        funds_period((64, 64, 0), (64, 64, 0)),
        [goal, goal],
        attr="一次性项目",
    )
    indicators(
        s,
        PERIOD_HEAD,
        [
            ("产出指标", "数量指标", "增殖放流苗种数量", "≥800万尾", "≥800万尾"),
            (None, None, "放流活动场次", "≥4场", "≥4场"),
            (None, "质量指标", "苗种检验检疫合格率", "=100%", "=100%"),
            (None, "时效指标", "放流完成时间", "2025年8月31日前", "2025年8月31日前"),
            (None, "成本指标", "苗种采购单价", "≤0.08元/尾", "≤0.08元/尾"),
            ("效益指标", "经济效益指标", "放流海域渔获量较上年提高", "≥3%", "≥3%"),
            (None, "社会效益指标", "放流活动公众参与", "≥600人次", "≥600人次"),
            ("满意度指标", "服务对象满意度指标", "参与渔民满意度", "≥90%", "≥90%"),
        ],
    )
    notes(s, "说明：本项目为一年期项目，中期指标值与年度指标值相同。", width=5)
    sign(s, "吴汐", "0759-8862418")
    return b


@variant(
    "uv10-ranch-dept-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def uv10() -> Book:
    b, s = book()
    department(
        s,
        "汐澳市珠湄湾海洋牧场建设中心",
        [
            (
                mk(wan(860), "B101", "error", note="320 + 560 = 880 ≠ 860"),
                wan(800),
                wan(60),
                wan(320),
                wan(560),
            )
        ],
        "建成人工鱼礁区1处，增殖放流苗种1000万尾，牧场管护常态化。",
        [
            ("人工鱼礁建设", "投放礁体2.5万空方", wan(200), "礁区建成验收"),
            ("增殖放流", "放流苗种1000万尾", wan(190), "资源量恢复"),
            ("牧场管护", "浮标监测和巡护", wan(160), "管护全覆盖"),
            ("金额合计", None, mk(wan(560), "B102", "error", note="200 + 190 + 160 = 550"), None),
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "人工鱼礁投放量", "≥2.5万空方"),
            (None, None, "增殖放流苗种数量", "≥1000万尾"),
            (None, "质量指标", "礁体验收合格率", "≥95%"),
            (None, "时效指标", "放流任务完成时间", "2025年9月30日前"),
            ("成本指标", "经济成本指标", "礁体单位造价", "≤78元/空方"),
            ("效益指标", "生态效益指标", "牧场海域渔业资源密度提高", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "周边渔民满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "uv11-ranch-dept-money",
    (12, 4),
    "department, NAT-2021: budget with shares, tasks adding to 金额合计, a header row repeated "
    "after a page break (correct)",
)
def uv11() -> Book:
    b, s = book()
    shares = (pct(1), pct(0.92), pct(0.08), pct(0.36), pct(0.64))
    department(
        s,
        "汐澳市水产技术推广站",
        [(wan(750), wan(690), wan(60), wan(270), wan(480)), shares],
        "完成苗种增殖放流1200万尾，开展海洋牧场技术服务。",
        [
            ("增殖放流", "放流黑鲷、真鲷、石斑鱼苗种", wan(180), "资源量恢复"),
            ("牧场技术服务", "礁区生物调查和技术指导", wan(160), "服务覆盖全部牧场"),
            ("苗种检验检疫", "放流苗种质量抽检", wan(140), "苗种合格"),
            ("金额合计", None, wan(480), None),
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "增殖放流苗种数量", "≥1200万尾"),
            (None, None, "礁区生物调查站位", "≥40个"),
            (None, "质量指标", "放流苗种抽检合格率", "=100%"),
            (None, "时效指标", "技术服务响应时间", "≤3个工作日"),
        ],
    )
    s.skip()
    indicators(
        s,
        head,
        [
            ("成本指标", "经济成本指标", "苗种采购单价", "≤0.15元/尾"),
            ("效益指标", "生态效益指标", "放流品种回捕率较上年提高", "≥2百分点"),
            (None, "社会效益指标", "渔民技术培训", "≥300人次"),
            ("满意度指标", "服务对象满意度指标", "海洋牧场经营主体满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "uv12-release-stacked-wrong",
    (2,),
    "two release projects stacked, OLD-NAT, one value column: the second project's money "
    "does not add up and a count in its name conflicts with its value",
)
def uv12() -> Book:
    b, s = book()
    project(
        s,
        "澜屿县近岸海域增殖放流项目",
        "澜屿县海洋与渔业服务中心",
        funds(48, 40, 8),
        ["放流虾蟹苗种600万尾，修复近岸渔业资源。"],
        dept="澜屿县农业农村局（211）",
    )
    indicators(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "增殖放流苗种数量", "≥600万尾"),
            (None, "质量指标", "苗种检验检疫合格率", "=100%"),
            (None, "成本指标", "苗种采购单价", "≤0.07元/尾"),
            ("效益指标", "生态效益指标", "近岸虾蟹资源量提高", "≥5%"),
            ("满意度指标", "服务对象满意度指标", "沿海渔民满意度", "≥90%"),
        ],
    )
    s.skip()
    rows = funds(mk(wan(75), "B101", "error", note="60 + 12 = 72 ≠ 75"), 60, 12)
    project(
        s,
        "澜屿县海洋牧场鱼礁区增殖放流项目",
        "澜屿县海洋与渔业服务中心",
        rows,
        ["在鱼礁区放流鱼类苗种300万尾。"],
        dept="澜屿县农业农村局（211）",
        title="",
    )
    indicators(
        s,
        HEAD,
        [
            (
                "产出指标",
                "数量指标",
                "鱼礁区放流鱼苗300万尾",
                mk(
                    "≥200万尾",
                    "T110",
                    "warning",
                    row=True,
                    note="300 万尾 in the name, 200 in the value",
                ),
            ),
            (None, "质量指标", "苗种检验检疫合格率", "=100%"),
            (None, "成本指标", "苗种采购单价", "≤0.2元/尾"),
            ("效益指标", "生态效益指标", "鱼礁区鱼类资源量提高", "≥5%"),
            ("满意度指标", "服务对象满意度指标", "沿海渔民满意度", "≥90%"),
        ],
    )
    sign(s, "陈澈", "0759-7721935")
    return b
