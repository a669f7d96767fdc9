"""Stacked, two-line-header, filled-down and Shanghai returns: ln13–ln18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout108.common import W6, W8, footer, multi_year, one_year
from tests.variants.holdout108.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, mk, money, pct


@variant("ln13-stacked-two-ok", (2,), "two one-year projects stacked in one sheet, OLD-NAT, "
         "one value column with operators inline; correct")  # fmt: skip
def ln13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="柳汀县残疾人辅助器具适配项目", dept="柳汀县残疾人联合会（702）",
        unit="柳汀县残疾人康复服务中心", money=one_year(48, 48, 0),
        goals=["为全县有需求的持证残疾人适配基本型辅助器具800件，适配服务满意度达到90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ["产出指标", "数量指标", "适配基本型辅助器具", "≥800件", None, None],
            [None, None, "入户评估残疾人", "≥700人", None, None],
            [None, "质量指标", "辅助器具产品合格率", "=100%", None, None],
            [None, "时效指标", "申请至适配完成时限", "≤30个工作日", None, None],
            [None, "成本指标", "辅助器具平均适配费用", "≤600元/件", None, None],
            ["效益指标", "社会效益指标", "残疾人生活自理能力改善率", "≥80%", None, None],
            [None, "可持续影响指标", "辅具回收再利用机制", "建立并执行", None, None],
            ["满意度指标", "服务对象满意度指标", "适配残疾人满意度", "≥90%", None, None],
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s, year=2027, name="柳汀县困难重度残疾人家庭无障碍改造项目",
        dept="柳汀县残疾人联合会（702）",
        unit="柳汀县残疾人康复服务中心", money=one_year(60, 54, 6), title="",
        goals=["为120户困难重度残疾人家庭实施无障碍改造，改造验收合格率100%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ["产出指标", "数量指标", "完成无障碍改造家庭", "≥120户", None, None],
            [None, None, "入户评估家庭", "≥120户", None, None],
            [None, "质量指标", "改造验收合格率", "=100%", None, None],
            [None, "时效指标", "改造完成时间", "2027年10月31日前", None, None],
            [None, "成本指标", "户均改造费用", "≤5000元", None, None],
            ["效益指标", "社会效益指标", "残疾人居家出行便利度提升", "显著", None, None],
            [None, "可持续影响指标", "改造设施使用年限", "≥5年", None, None],
            ["满意度指标", "服务对象满意度指标", "受益家庭满意度", "≥90%", None, None],
        ],
        merged=(1, 2),
    )
    footer(s, "柳汀县残疾人康复服务中心", "严子涵", "0730-7265143")
    return b


def _two_line_head(s: Sheet, first: str) -> None:
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, first, "年度（2027年）", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant("ln14-two-line-header-ok", (8,), "three-year project, NAT-2021, two-line header "
         "(指标值 over 实施期 / 年度), unit column, percent cells; correct")  # fmt: skip
def ln14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, years=3, name="溪口市老旧小区雨污分流改造项目（2027—2029年）",
        dept="溪口市住房和城乡建设局（221）", unit="溪口市城市排水管理处",
        money=multi_year((5400, 4800, 600), (1800, 1600, 200)),
        goals=["三年完成42个老旧小区雨污分流改造，新建分流管网63公里，小区污水收集率达到95%。",
               "2027年完成14个老旧小区雨污分流改造，新建分流管网21公里。"],
    )  # fmt: skip
    _two_line_head(s, "实施期（2027—2029年）")
    s.table(
        [
            ["产出指标", "数量指标", "完成改造老旧小区", "≥42", "≥14", "个"],
            [None, None, "新建分流管网", "≥63", "≥21", "公里"],
            [None, None, "改造检查井", "≥2500", "≥800", "座"],
            [None, "质量指标", "管道闭水试验合格率", pct(1), pct(1), "%"],
            [None, None, "工程验收一次合格率", pct(0.95), pct(0.95), "%"],
            [None, "时效指标", "年度改造任务完成时间", "每年12月20日前", "2027年12月20日前", None],
            ["成本指标", "经济成本指标", "每公里管网综合造价", "≤85", "≤85", "万元"],
            ["效益指标", "生态效益指标", "小区污水收集率", pct(0.95), pct(0.85), "%"],
            [None, "社会效益指标", "受益居民户数", "≥16000", "≥5200", "户"],
            [None, None, "改造小区雨天积水点消除", "≥120", "≥40", "处"],
            [None, "可持续影响指标", "排水设施管养机制", "健全", "健全", None],
            ["满意度指标", "服务对象满意度指标", "小区居民满意度", pct(0.9), pct(0.9), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "溪口市城市排水管理处", "罗嘉铭", "0739-2217590")
    return b


@variant("ln15-annual-copied", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns with "
         "operators inline; cumulative counts copied from 中期 into 年度")  # fmt: skip
def ln15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, years=3, name="棠溪县高标准农田建设项目（2027—2029年）",
        dept="棠溪县农业农村局（203）", unit="棠溪县农田建设服务中心",
        money=multi_year((4500, 3900, 600), (1500, 1300, 200)),
        goals=["三年建设高标准农田3万亩，新建灌排渠道90公里、机耕路60公里，粮食亩产提高50公斤。",
               "2027年建设高标准农田1万亩，新建灌排渠道30公里、机耕路20公里。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            [
                "产出指标",
                "数量指标",
                "建设高标准农田面积",
                "≥3万亩",
                mk("≥3万亩", "D202", "warning", note="三年 3万亩照抄到年度，年度目标为 1万亩"),
                None,
            ],
            [
                None,
                None,
                "新建灌排渠道",
                "≥90公里",
                mk("≥90公里", "D202", "warning", note="三年 90公里照抄到年度"),
                None,
            ],
            [None, None, "新建机耕路", "≥60公里", "≥20公里", None],
            [None, "质量指标", "工程验收合格率", "=100%", "=100%", None],
            [None, "时效指标", "年度建设任务完成时间", "每年12月底前", "2027年12月31日前", None],
            [None, "成本指标", "亩均建设投入", "≤1500元", "≤1500元", None],
            ["效益指标", "经济效益指标", "项目区粮食亩产提高", "≥50公斤", "≥20公斤", None],
            [None, "社会效益指标", "受益农户", "≥6000户", "≥2000户", None],
            [None, "生态效益指标", "节水灌溉面积占比", "≥60%", "≥50%", None],
            [None, "可持续影响指标", "工程设计使用年限", "≥15年", "≥15年", None],
            ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%", None],
        ],
        merged=(1, 2),
    )
    b.file_mark("B107", "warning", required=False, note="照抄的年度面积乘亩均投入会超过年度资金")
    footer(s, "棠溪县农田建设服务中心", "谭永福", "0733-6619402")
    return b


@variant("ln16-filled-down-ok", (5,), "project, NAT-2021, tiers filled down in every row, "
         "指标方向 (正向/反向) · 比较符 · 指标值 · 计量单位 columns; correct")  # fmt: skip
def ln16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", W8)
    project_head(
        s, year=2027, name="鸣泉区公共自行车系统运维项目", dept="鸣泉区城市管理局（318）",
        unit="鸣泉区市政设施维护所", money=one_year(158, 158, 0),
        goals=["保障全区260个公共自行车站点、5200辆车辆正常运行，车辆完好率不低于95%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位", "备注")
    rows = [
        ("产出指标", "数量指标", "运维站点", "正向", "≥", 260, "个"),
        ("产出指标", "数量指标", "运营车辆", "正向", "≥", 5200, "辆"),
        ("产出指标", "数量指标", "车辆巡检频次", "正向", "≥", 2, "次/周"),
        ("产出指标", "质量指标", "车辆完好率", "正向", "≥", pct(0.95), "%"),
        ("产出指标", "质量指标", "站点故障率", "反向", "≤", pct(0.03), "%"),
        ("产出指标", "时效指标", "故障报修响应时间", "反向", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "每辆车年运维费用", "反向", "≤", 300, "元"),
        ("效益指标", "社会效益指标", "日均骑行人次", "正向", "≥", 18000, "人次"),
        ("效益指标", "生态效益指标", "年减少碳排放", "正向", "≥", 900, "吨"),
        ("效益指标", "可持续影响指标", "运维服务外包考核机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "市民骑行满意度", "正向", "≥", pct(0.9), "%"),
    ]
    s.table([[*r, None] for r in rows])
    footer(s, "鸣泉区市政设施维护所", "邵青禾", "0734-3356021")
    return b


@variant("ln17-three-slips", (8, 11), "two-year project, NAT-2021, 中期 and 年度 columns, "
         "separate 比较符 column and percent cells; a time limit with ≥, a rate typed 95 in a "
         "0% cell, an annual count above its period")  # fmt: skip
def ln17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W8)
    project_head(
        s, year=2027, years=2, name="云岫县政务服务“一网通办”提升项目（2027—2028年）",
        dept="云岫县行政审批服务局（130）", unit="云岫县政务服务中心",
        money=multi_year((520, 520, 0), (300, 300, 0)),
        goals=["两年内实现依申请政务服务事项网上可办率达到95%，新增“一件事一次办”主题套餐40个。",
               "2027年新增“一件事一次办”主题套餐25个，完成18个乡镇便民服务中心自助终端部署。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位",
          "备注")  # fmt: skip
    s.table(
        [
            ["产出指标", "数量指标", "新增“一件事一次办”主题套餐", "≥", 40, 25, "个"],
            [
                None,
                None,
                "部署政务服务自助终端",
                "≥",
                18,
                mk(24, "D201", "error", note="年度 24 台大于两年 18 台"),
                "台",
            ],
            [None, None, "梳理标准化政务服务事项", "≥", 1200, 800, "项"],
            [
                None,
                "质量指标",
                "依申请政务服务事项网上可办率",
                "≥",
                pct(0.95),
                mk(C95, "T106", "error", note="95 录进 0% 格式的单元格，显示 9500%"),
                "%",
            ],
            [None, None, "办件差错率", "≤", pct(0.005, "0.0%"), pct(0.005, "0.0%"), "%"],
            [
                None,
                "时效指标",
                mk(
                    "即办件平均办理时限",
                    "T108",
                    "warning",
                    row=True,
                    alt=("T116",),
                    note="时限写成 ≥",
                ),
                "≥",
                30,
                30,
                "分钟",
            ],
            ["成本指标", "经济成本指标", "每台自助终端采购单价", "≤", 4.5, 4.5, "万元"],
            ["效益指标", "社会效益指标", "企业群众跑动次数减少", "≥", 40000, 25000, "次"],
            [None, None, "网上办件占比", "≥", pct(0.7), pct(0.6), "%"],
            [None, "可持续影响指标", "政务数据共享机制", "定性", "健全", "健全", None],
            ["满意度指标", "服务对象满意度指标", "办事群众好评率", "≥", pct(0.95), pct(0.95), "%"],
        ],
        merged=(1, 2),
    )
    footer(s, "云岫县政务服务中心", "骆佳", "0738-5589316")
    return b


C95 = pct(95)  # typed 95 into a 0% cell: stored as 95, shown 9500%


@variant("ln18-shanghai-yuan-ok", (1,), "Shanghai framework (投入与管理 / 产出目标 / 效果目标 / "
         "影响力目标), money in 元 in the number format, one value column; correct")  # fmt: skip
def ln18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s, year=2027, name="沪滨区社区睦邻中心青少年课后服务项目", dept="沪滨区青少年服务中心",
        unit="沪滨区青少年服务中心", attr="经常性专项业务费", money_label="项目资金（元）",
        money=[["项目总预算", money(1_860_000, YUAN), "项目当年预算", money(1_860_000, YUAN)]],
        title="2027年度财政项目支出绩效目标表",
        goals=["依托全区24个社区睦邻中心开展青少年课后服务，全年服务青少年不少于8万人次。"],
    )  # fmt: skip
    s.row("一级目标", "二级目标", "三级目标", "指标目标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ["投入与管理", "财务管理", "资金使用合规性", "合规", None, None],
            [None, "实施管理", "服务项目招投标规范性", "规范", None, None],
            [None, "资产管理", "活动器材登记建账率", "=100%", None, None],
            ["产出目标", "数量", "开展课后服务的睦邻中心", ">=24个", None, None],
            [None, None, "服务青少年人次", ">=80000人次", None, None],
            [None, "质量", "课后服务活动安全事故", "=0起", None, None],
            [None, "时效", "寒暑假服务开放及时率", ">=95%", None, None],
            [None, "成本", "每人次服务成本", "<=23元", None, None],
            ["效果目标", "社会效益", "参与青少年综合素质提升", "显著", None, None],
            [None, "满意度", "家长满意度", ">=90%", None, None],
            [None, None, "青少年满意度", ">=90%", None, None],
            ["影响力目标", "长效管理", "课后服务管理制度健全性", "健全", None, None],
            [None, "人力资源", "持证社工参与率", ">=60%", None, None],
        ],
        merged=(1, 2),
    )
    footer(s, "沪滨区青少年服务中心", "陈思远", "021-56304418")
    return b
