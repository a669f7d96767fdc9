"""Stacked projects pasted from Word and PDF, each with its own head (nv16–nv18)."""
# ruff: noqa: E501  (rows of CJK text are kept one indicator a line, as the tables read)

from __future__ import annotations

from tests.variants.holdout168.common import fw, project_head, sheet, tail, two, w
from tests.variants.holdout168.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("nv16-stacked-two-row-same-name", (2, 9),
         "two projects stacked, NAT-2021, each indicator over two physical rows, full-width "
         "digits, the same 村民满意度 with different values in the two projects")  # fmt: skip
def nv16() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 30, 18, 14, 14))
    project_head(s, col=1, width=6, year=2026, name="岚溪县村级综合文化服务中心提升",
                 dept="岚溪县文化广电体育局", unit="岚溪县文化馆", attr="新增项目",
                 title="2026年度项目支出绩效目标表（项目一）",
                 money_rows=[("年度资金总额", w(120), "其中：财政拨款", w(100)),
                             (None, None, "其他资金", w(20))],
                 goals=["提升改造村级综合文化服务中心25个，全年开展村级文化活动300场以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            *two("产出指标", "数量指标", "提升改造村级综合\n文化服务中心", fw("≥25个")),
            *two(None, None, "村级文化活动\n开展场次", fw("≥300场")),
            *two(None, "质量指标", "设施设备\n验收合格率", fw("100%")),
            *two(None, "时效指标", "提升改造\n完成时间", fw("2026年10月31日前")),
            *two("成本指标", "经济成本指标", "单个中心提升\n补助标准", fw("≤4万元/个")),
            *two("效益指标", "社会效益指标", "村民文化活动\n参与率", fw("≥60%")),
            *two(None, "可持续影响指标", "中心日常开放\n管理制度", "健全"),
            *two("满意度指标", "服务对象满意度指标", "村民\n满意度", fw("≥90%")),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(s, col=1, width=6, year=2026, name="岚溪县农家书屋出版物补充更新",
                 dept="岚溪县文化广电体育局", unit="岚溪县图书馆", attr="常年项目",
                 title="2026年度项目支出绩效目标表（项目二）",
                 money_rows=[("年度资金总额", w(40), "其中：财政拨款", w(40)),
                             (None, None, "其他资金", w(0))],
                 goals=["为全县农家书屋补充更新出版物20000册，年借阅15000人次以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            *two("产出指标", "数量指标", "补充更新\n出版物", fw("≥20000册")),
            *two(None, "质量指标", "出版物选配\n合格率", fw("≥98%")),
            *two(None, "时效指标", "出版物配送\n完成时间", fw("2026年8月31日前")),
            *two("成本指标", "经济成本指标", "每册平均\n采购成本", fw("≤20元/册")),
            *two("效益指标", "社会效益指标", "农家书屋年\n借阅人次", fw("≥15000人次")),
            *two(None, "可持续影响指标", "书屋常态化\n开放机制", "建立并执行"),
            *two("满意度指标", "服务对象满意度指标", "村民\n满意度", fw("≥88%")),
        ],
        merged=(1, 2),
    )
    tail(s, 1, 2026, "宋文博", "0745-2217736")
    return b


@variant("nv17-stacked-merge-slip-duplicate", (2, 5),
         "two projects stacked, NAT-2021, operator in the value and unit in 计量单位, line breaks "
         "in names: a 满意度指标 cell merged over a 可持续影响指标 row, and an indicator repeated "
         "with another value (once with a line break in its name)")  # fmt: skip
def nv17() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 18, 28, 14, 14, 14))
    project_head(s, col=1, width=6, year=2026, name="青岚市城区公厕保洁管护服务购买",
                 dept="青岚市城市管理局", unit="青岚市环境卫生管理处", attr="常年项目",
                 title="2026年度项目支出绩效目标表",
                 money_rows=[("年度资金总额", w(360), "其中：财政拨款", w(300)),
                             (None, None, "其他资金", w(60))],
                 goals=["购买城区156座公厕保洁管护服务，公厕保洁达标率不低于95%。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "保洁管护公厕", "≥156", "座"),
            (None, "质量指标", "公厕保洁\n达标率", "≥95", "%"),
            (None, "时效指标", "设施故障\n修复时间", "≤24", "小时"),
            ("成本指标", "经济成本指标", "单座公厕年保洁\n管护费用", "≤2.2", "万元/座"),
            ("效益指标", "社会效益指标", "公厕卫生投诉\n办结率", "≥98", "%"),
            ("满意度指标", mk("可持续影响指标", "F105", "error",
                              note="a 效益 tier-2 under the merged 满意度指标 cell"),
             "公厕长效管护\n机制", "健全", None),
            (None, "服务对象满意度指标", "如厕群众\n满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.skip()
    project_head(s, col=1, width=6, year=2026, name="青岚市城区道路机械化清扫",
                 dept="青岚市城市管理局", unit="青岚市环境卫生管理处", attr="常年项目",
                 title="2026年度项目支出绩效目标表",
                 money_rows=[("年度资金总额", w(420), "其中：财政拨款", w(400)),
                             (None, None, "其他资金", w(20))],
                 goals=["对城区主次干道实施机械化清扫，提升道路保洁水平。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "道路清扫保洁\n面积", "≥120", "万平方米"),
            (None, None, "机械化清扫作业车辆", "≥28", "台"),
            (None, None, "道路清扫保洁面积",
             mk("≥110", "D102", "error", row=True, note="the same indicator as ≥120 above"),
             "万平方米"),
            (None, "质量指标", "道路机械化清扫率", "≥90", "%"),
            (None, "时效指标", "雨雪天气应急清扫\n响应时间", "≤2", "小时"),
            ("成本指标", "经济成本指标", "道路清扫\n单位成本", "≤3.3", "元/平方米"),
            ("效益指标", "生态效益指标", "城区道路积尘负荷\n达标率", "≥90", "%"),
            ("满意度指标", "服务对象满意度指标", "沿街居民商户\n满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    tail(s, 1, 2026, "潘宇航", "0731-8852063")
    return b


@variant("nv18-stacked-shifted-operator-column", (1, 2),
         "two projects stacked, OLD-NAT, the whole sheet two empty columns to the right, operator, "
         "number and unit in three cells (≥ │ 95 │ %), percent cells, =0起 on an accident count")  # fmt: skip
def nv18() -> Book:
    b = Book()
    c = 3
    s = sheet(b, "Sheet1", c, (14, 16, 28, 10, 12, 14))
    project_head(s, col=c, width=6, year=2026, name="枫港区城区河道保洁",
                 dept="枫港区水务局", unit="枫港区河道管理所", attr="常年项目",
                 money_rows=[("年度资金总额", w(150), "其中：财政拨款", w(130)),
                             (None, None, "其他资金", w(20))],
                 goals=["对城区86公里河道实施日常保洁，河道水质达标率不低于90%。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", col=c)
    s.table(
        [
            ("产出指标", "数量指标", "保洁河道长度", "≥", 86, "公里"),
            (None, "质量指标", "河面漂浮物\n打捞及时率", "≥", 95, "%"),
            (None, "时效指标", "汛后河道清障\n完成时限", "≤", 72, "小时"),
            (None, "成本指标", "每公里河道年\n保洁成本", "≤", 1.6, "万元/公里"),
            ("效益指标", "生态效益指标", "河道水质达标率", "≥", 90, "%"),
            (None, "可持续影响指标", "河道保洁长效\n管护机制", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥", 90, "%"),
        ],
        merged=(1, 2),
        col=c,
    )  # fmt: skip
    s.skip()
    project_head(s, col=c, width=6, year=2026, name="枫港区小型水库安全运行管护",
                 dept="枫港区水务局", unit="枫港区水库管理站", attr="常年项目",
                 money_rows=[("年度资金总额", w(96), "其中：财政拨款", w(96)),
                             (None, None, "其他资金", w(0))],
                 goals=["落实24座小型水库日常管护，确保水库安全度汛。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", col=c)
    s.table(
        [
            ("产出指标", "数量指标", "管护小型水库", "≥", 24, "座"),
            (None, "质量指标", "水库安全巡查\n到位率", "≥", pct(0.98), None),
            (None, "时效指标", "险情报告时间", "≤", 2, "小时"),
            (None, "成本指标", "单座水库年\n管护经费", "≤", 4, "万元/座"),
            ("效益指标", "社会效益指标", "水库安全责任事故", "=", 0, "起"),
            (None, "可持续影响指标", "管护责任人\n落实率", "=", pct(1.0), None),
            ("满意度指标", "服务对象满意度指标", "下游群众满意度", "≥", pct(0.9), None),
        ],
        merged=(1, 2),
        col=c,
    )  # fmt: skip
    tail(s, c, 2026, "丁若溪", "0662-3384915")
    return b
