"""Reserve-wide returns: department money, a budget-system export, multi-year projects, a
transfer-payment table (wp13–wp18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout396.common import TIERS, YEAR, funds, indicators, lines, start, wan
from tests.variants.holdout396.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "梭岗市林业局（520118）"
UNIT = "梭岗市槲岭自然保护区管理局"


@variant("wp13-department-money", (12,), "department, NAT-2021: budget and key tasks adding "
         "up, a footnote explaining that 金额合计 equals 项目支出 (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=UNIT,
                    budget=[[wan(860), wan(800), wan(60), wan(575), wan(285)]],
                    tasks=[["昆虫多样性监测", "蝴蝶样线与诱虫灯监测", wan(95), "全年监测"],
                           ["栖息地保护修复", "寄主和蜜源植物恢复", wan(140), "修复200亩"],
                           ["科普宣教", "昆虫主题自然教育", wan(50), "开展40场"],
                           ["金额合计", None, wan(285), None]],
                    goal="保护区昆虫多样性保持稳定，栖息地质量持续改善。")  # fmt: skip
    lines(s, "注：金额合计为项目支出，不含基本支出575万元。")
    rows = [
        ("产出指标", "数量指标", "昆虫监测样线条数", "≥50条"),
        (None, None, "自然教育活动场次", "≥40场"),
        (None, "质量指标", "修复区植被成活率", "≥85%"),
        (None, "时效指标", "年度重点任务完成率", "≥95%"),
        ("成本指标", "经济成本指标", "每亩栖息地修复成本", "≤0.7万元/亩"),
        ("效益指标", "生态效益指标", "保护区记录昆虫种数", "≥1500种"),
        (None, "可持续影响指标", "长期监测样地保留率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ]
    indicators(s, (*TIERS, "指标值"), rows)
    return b


@variant("wp14-system-export", (7, 4), "budget-system export: sheets 部门项目支出预算05-1 and "
         "部门项目支出绩效目标05-2, codes in the first columns, header on the third row and "
         "repeated after a page break (correct)")  # fmt: skip
def system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 12, 28, 16, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目代码", "单位代码", "项目名称", "支出功能分类", "金额")
    s.row("52011826001", "520118003", "槲岭保护区蝴蝶廊道建设", "2130234", wan(64))
    s.row("52011826002", "520118003", "槲岭保护区甲虫监测", "2130234", wan(26))
    s.row("合计", None, None, None, wan(90), merge=[(1, 4)])
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 26, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：梭岗市槲岭自然保护区管理局")
    head = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "52011826001", "槲岭保护区蝴蝶廊道建设"
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "蝴蝶廊道建设长度", "≥6公里"),
        (None, None, None, "质量指标", "廊道植被成活率", "≥85%"),
        (None, None, "成本指标", "经济成本指标", "每公里廊道建设成本", "≤9万元/公里"),
        (None, None, "效益指标", "生态效益指标", "廊道内蝴蝶记录种数", "≥60种"),
        (None, None, "满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    code, name = "52011826002", "槲岭保护区甲虫监测"
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "甲虫陷阱监测点数量", "≥40个"),
        (None, None, "成本指标", "经济成本指标", "单个监测点成本", "≤0.5万元/个"),
        (None, None, "效益指标", "生态效益指标", "甲虫记录种数", "≥200种"),
        (None, None, "满意度指标", "服务对象满意度指标", "科研合作单位满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("wp15-two-year-header", (8,), "two-year project, NAT-2021, a two-row header with 中期 "
         "and 年度 under 指标值, annual counts below the period counts (correct)")  # fmt: skip
def two_year_header() -> Book:
    b, s = start()
    money = [["中期资金总额", wan(150), "年度资金总额", wan(80)],
             ["其中：财政拨款", wan(140), "其中：财政拨款", wan(75)],
             ["其他资金", wan(10), "其他资金", wan(5)]]  # fmt: skip
    project_head(s, year=YEAR, years=2, name="槲岭保护区蜻蜓与豆娘栖息地保护项目", dept=DEPT,
                 unit=UNIT, money=money, attr="新增项目",
                 goals=["两年内修复溪流湿地，恢复蜻蜓目昆虫种群。",
                        "完成上游溪段湿地修复和首年监测。"])  # fmt: skip
    s.row(*TIERS, "指标值", None, merge=[(4, 5)])
    top = s.r
    s.row(None, None, None, f"中期（{YEAR}—{YEAR + 1}年）", f"年度（{YEAR}年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "溪流湿地修复长度", "≥10公里", "≥6公里"),
        (None, None, "监测样点布设数量", "≥24个", "≥16个"),
        (None, "质量指标", "修复工程验收合格率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "每公里湿地修复成本", "≤12万元/公里", "≤12万元/公里"),
        ("效益指标", "生态效益指标", "蜻蜓目记录种数", "≥45种", "≥35种"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("wp16-three-year-copied", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度资金 above 中期资金, 年度目标 copied from 中期目标, a cumulative count "
         "copied into 年度")  # fmt: skip
def three_year_copied() -> Book:
    b, s = start()
    over = mk(wan(120), "B103", "error", note="年度资金120万元大于中期资金100万元")
    money = [["中期资金总额", wan(100), "年度资金总额", over],
             ["其中：财政拨款", wan(90), "其中：财政拨款", wan(110)],
             ["其他资金", wan(10), "其他资金", wan(10)]]  # fmt: skip
    goal = "三年内建成昆虫多样性监测网络，覆盖保护区主要生境。"
    copied = mk(goal, "D204", "warning", note="年度目标照抄中期目标")
    project_head(s, year=YEAR, years=3, name="槲岭保护区昆虫监测网络建设项目", dept=DEPT,
                 unit=UNIT, money=money, attr="新增项目",
                 goals=[goal, copied])  # fmt: skip
    head = (*TIERS, "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "监测站点建设数量", "≥30个",
         mk("≥30个", "D202", "warning", note="累计数量，年度值照抄中期值")),
        (None, None, "监测人员培训人次", "≥150人次", "≥50人次"),
        (None, "质量指标", "监测设备完好率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个站点建设成本", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "生态效益指标", "监测覆盖生境类型数", "≥8类", "≥4类"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wp17-transfer-marks", (5, 1), "transfer-payment 区域绩效目标表, OLD-NAT, labels with "
         "* and ★ and abbreviated, 中央补助 + 地方资金, =100% as text on ceiling rates "
         "(correct)")  # fmt: skip
def transfer_marks() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="槲岭保护区珍稀昆虫保护补助", dept=DEPT, unit=UNIT,
                 attr="转移支付项目", title=f"{YEAR}年度林业草原转移支付区域绩效目标表",
                 money=[["资金总额", wan(200), "其中：中央补助", wan(150)],
                        ["地方资金", wan(50), None, None]],
                 goals=["保护国家重点保护昆虫及其栖息地，遏制非法采集。"])  # fmt: skip
    rows = [
        ("*产出指标", "★数量", "★重点保护昆虫栖息地管护面积", "≥2000公顷"),
        (None, None, "巡护里程", "≥3000公里"),
        (None, "质量", "巡护记录完整率", "≥95%"),
        (None, "时效", "补助资金拨付及时率", "=100%"),
        (None, "成本", "每公顷栖息地管护成本", "≤0.08万元/公顷"),
        ("*效益", "生态效益", "★重点保护昆虫种群稳定率", "≥90%"),
        (None, "社会效益", "非法采集昆虫案件查处率", "=100%"),
        ("*满意度", "服务对象满意度", "管护员满意度", "≥90%"),
    ]
    indicators(s, (*TIERS, "指标值"), rows)
    return b


@variant("wp18-deadline-zero-cost", (9,), "project, OLD-NAT, operator column: a deadline "
         "after the one-year project, a unit cost rounded to 0")  # fmt: skip
def deadline_zero_cost() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="蝶谷蜜源植物带补植项目", dept=DEPT, unit=UNIT,
                 money=funds(12, 12, 0),
                 goals=["补植蜜源植物，保障蝴蝶成虫取食。"])  # fmt: skip
    late = mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
              note="一年期项目的完成时限落在2027年")  # fmt: skip
    zero = mk(0, "T115", "error", row=True, note="单株成本四舍五入成0万元")
    rows = [
        ("产出指标", "数量指标", "蜜源植物补植数量", "≥", "20000株"),
        (None, "质量指标", "补植苗木成活率", "≥", pct(0.85)),
        (None, "时效指标", "补植任务完成时限", "≤", late),
        (None, "成本指标", "单株蜜源植物补植成本（万元/株）", "≤", zero),
        ("效益指标", "生态效益指标", "补植区蝴蝶访花频次提高", "≥", pct(0.2)),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥", pct(0.9)),
    ]
    indicators(s, (*TIERS, "指标性质", "指标值"), rows)
    return b
