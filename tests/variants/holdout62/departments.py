"""部门整体 returns of township and street offices: two correct (a tiered table with shares and
tasks, a flat list with weights), two with planted mistakes."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout62.common import PCT1, Y, signature, table
from tests.variants.holdout62.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("jt04-township-department", (12,),
         "department (乡镇人民政府), NAT-2021, budget with shares, five key tasks adding to "
         "项目支出, merged tiers, one value column")  # fmt: skip
def jt04() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 18, 16, 14))
    department_head(
        s, year=Y, dept="柳溪镇人民政府",
        budget=[(1860.5, 1760.5, 100, 1210.5, 650),
                (pct(1), pct(0.946, PCT1), pct(0.054, PCT1), pct(0.651, PCT1),
                 pct(0.349, PCT1))],
        tasks=[("农村人居环境整治", "12个行政村垃圾收运、沟渠清淤", 180, "村庄环境干净整洁"),
               ("网格化服务管理", "60名专职网格员补贴及培训", 120, "矛盾纠纷就地化解"),
               ("防汛抗旱", "山塘巡查、物资储备、应急演练", 60, "安全度汛"),
               ("农村道路养护", "96公里农村公路日常养护", 90, "路况良好"),
               ("村干部报酬补贴", "14个村干部基本报酬", 200, "按月足额发放"),
               ("金额合计", None, 650, None)],
        goal="目标1：完成12个行政村人居环境整治，农村生活垃圾无害化处理率达到95%以上。\n"
             "目标2：网格化服务管理覆盖全镇，矛盾纠纷化解率达到95%以上。\n"
             "目标3：做好防汛抗旱和农村公路养护，保障群众生命财产安全和出行便利。",
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "村均人居环境整治经费", "≤15万元/村"),
        ("产出指标", "数量指标", "开展人居环境整治行政村", "≥12个"),
        (None, None, "农村公路日常养护里程", "≥96公里"),
        (None, None, "专职网格员配备", "≥60人"),
        (None, "质量指标", "网格事件办结率", "≥95%"),
        (None, None, "村干部报酬足额发放率", "=100%"),
        (None, "时效指标", "村干部报酬按月发放及时率", "=100%"),
        ("效益指标", "社会效益指标", "矛盾纠纷化解率", "≥95%"),
        (None, "生态效益指标", "农村生活垃圾无害化处理率", "≥95%"),
        (None, "可持续影响指标", "镇村防汛责任体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "柳溪镇人民政府", "鲁建军", "秦芳", f"{Y - 1}年11月16日")
    return b


@variant("jt05-street-flat-weights", (3,),
         "department (街道办事处), flat list (指标名称 · 权重 · 计量单位 · 比较符 · 指标值), "
         "percent cells, weights adding to 100")  # fmt: skip
def jt05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (30, 10, 12, 10, 14, 14))
    department_head(
        s, year=Y, dept="南门街道办事处",
        budget=[(2350, 2150, 200, 1580, 770)],
        tasks=[("社区网格化管理", "72个网格、72名专职网格员", 260, "网格事件及时办结"),
               ("民生实事", "8件民生实事项目", 300, "按期建成"),
               ("环境卫生保洁", "背街小巷保洁46万平方米", 150, "干净整洁"),
               ("防汛应急", "易涝点巡查和物资储备", 60, "安全度汛"),
               ("金额合计", None, 770, None)],
        goal="围绕基层治理和民生服务，完成8件民生实事，网格化管理全覆盖，辖区环境整洁有序，"
             "居民满意度达到90%以上。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "比较符", "指标值")
    for line in [
        ("社区管理网格数", 10, "个", "≥", 72),
        ("民生实事项目完成数", 10, "件", "≥", 8),
        ("背街小巷保洁面积", 10, "万平方米", "≥", 46),
        ("网格事件办结率", 10, "%", "≥", pct(0.95)),
        ("民生实事项目验收合格率", 10, "%", "=", pct(1)),
        ("易涝点应急响应时间", 10, "小时", "≤", 1),
        ("网格员人均年度补贴", 10, "万元/人", "≤", 3),
        ("居民矛盾纠纷化解率", 10, "%", "≥", pct(0.95)),
        ("居民满意度", 10, "%", "≥", pct(0.9)),
        ("辖区商户满意度", 10, "%", "≥", pct(0.85)),
    ]:
        s.row(*line)
    s.row("合计", 100)
    signature(s, "南门街道办事处", "钟海涛", "付晓", f"{Y - 1}年11月27日")
    return b


@variant("jt13-department-wrong-parent", (5, 12),
         "department (乡人民政府), NAT-2021, merged tiers: 社会效益指标 merged under 产出指标, "
         "基本支出 + 项目支出 ≠ 资金总额, a rate given as a count")  # fmt: skip
def jt13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 16, 14))
    department_head(
        s, year=Y, dept="石桥乡人民政府",
        budget=[(mk(1520, "B101", "error", row=True,
                    note="基本支出 980 + 项目支出 560 = 1540 ≠ 1520"), 1420, 100, 980, 560)],
        tasks=[("农村人居环境整治", "10个行政村环境整治", 150, "村容整洁"),
               ("一事一议", "村内道路硬化5公里", 160, "按期完工"),
               ("村干部报酬补贴", "10个村62名村干部", 170, "足额发放"),
               ("防汛抗旱", "山塘巡查和应急物资", 80, "安全度汛"),
               ("金额合计", None, 560, None)],
        goal="完成10个行政村人居环境整治和5公里村内道路硬化，村干部报酬足额发放，安全度汛，"
             "群众满意度达到90%以上。",
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "人居环境整治行政村数", "≥10个"),
        (None, None, "村内道路硬化里程", "≥5公里"),
        (None, None, "享受报酬补贴村干部", "≥62人"),
        (None, "质量指标", "道路硬化工程验收合格率", "=100%"),
        (None, None, "政务服务事项网上可办率",
         mk("120项", "T105", "error", note="a rate given as a count")),
        (None, "时效指标", "道路硬化完工时间", f"{Y}年10月31日前"),
        (None, mk("社会效益指标", "F105", "error", note="a 效益 tier-2 merged under 产出指标"),
         "群众办事便利度", "明显提升"),
        ("成本指标", "经济成本指标", "村均人居环境整治经费", "≤15万元/村"),
        ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥90%"),
        (None, "可持续影响指标", "村庄保洁长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "石桥乡人民政府", "贺永平", "黎娜", f"{Y - 1}年11月21日")
    return b


@variant("jt15-street-shares-tasks-duplicate", (12,),
         "department (街道办事处), OLD-NAT, shares row with one share wrong, tasks not adding to "
         "金额合计, the same indicator twice with different targets")  # fmt: skip
def jt15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 16, 14))
    department_head(
        s, year=Y, dept="西城街道办事处",
        budget=[(2046, 1846, 200, 1332, 714),
                (pct(1), pct(0.902, PCT1), pct(0.098, PCT1), pct(0.651, PCT1),
                 mk(pct(0.439, PCT1), "B111", "error",
                    note="714 ÷ 2046 = 34.9 %, typed 43.9 %"))],
        tasks=[("社区网格化管理", "66个网格专职网格员补贴", 210, "网格全覆盖"),
               ("民生实事", "7件民生实事", 280, "按期建成"),
               ("环境卫生整治", "背街小巷和城中村保洁", 150, "整洁有序"),
               ("防汛应急", "易涝点整治和物资储备", 54, "安全度汛"),
               ("金额合计", None, mk(714, "B102", "error", row=True, alt=("B101",),
                                  note="210 + 280 + 150 + 54 = 694 ≠ 714"), None)],
        goal="完成7件民生实事，网格化管理覆盖66个网格，辖区环境整洁，安全度汛，居民满意度达到"
             "90%以上。",
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "专职网格员人数", "≥66人"),
        (None, None, "民生实事项目数", "≥7件"),
        (None, None, "易涝点整治数", "≥5处"),
        (None, None, "专职网格员人数",
         mk("≥60人", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator as the first row, another target")),
        (None, "质量指标", "民生实事验收合格率", "=100%"),
        (None, "时效指标", "网格事件处置时限", "≤3个工作日"),
        (None, "成本指标", "网格员人均年度补贴", "≤3万元/人"),
        ("效益指标", "社会效益指标", "矛盾纠纷化解率", "≥95%"),
        (None, "生态效益指标", "城中村生活垃圾清运率", "=100%"),
        (None, "可持续影响指标", "网格化管理长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "西城街道办事处", "毛立群", "熊丹", f"{Y - 1}年11月28日")
    return b
