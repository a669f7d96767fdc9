"""Allocation tables and lists under project heads: 小计 rows for groups of counties, a 合计 on
top, a blank row inside a list, amounts in 元 under a table in 万元."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout70.common import YEAR, footer, indicators, project_money, wan
from tests.variants.holdout70.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, ok, pct


@variant("kb01-county-subtotals", (12,), "transfer project, OLD-NAT, an allocation table by "
         "groups of counties with 小计 rows and a 合计, operator and unit columns")  # fmt: skip
def kb01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=YEAR, name="岚州市农村饮水安全维修养护补助资金", dept="岚州市水利局 306",
        unit="岚州市农村供水管理站", money=project_money(412.0, 412.0, 0.0),
        goals=["对全市5个县（区）农村集中供水工程开展维修养护，保障42.6万农村人口饮水安全。"],
    )  # fmt: skip
    s.skip()
    s.row("资金分配表（单位：万元）", merge=[(1, 6)])
    s.row("片区", "县（区）", "受益人口（万人）", "补助金额", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("东片", "蓼川县", 10.2, wan(98.0), "含2处水厂"),
            (None, "荻溪县", 7.8, wan(76.0), None),
            (None, "小计", 18.0, wan(174.0), None),
            ("西片", "榆塘县", 9.4, wan(92.0), None),
            (None, "苇湾县", 6.1, wan(60.0), None),
            (None, "柘冈区", 9.1, wan(86.0), "城郊片区"),
            (None, "小计", 24.6, wan(238.0), None),
            ("合计", None, 42.6, wan(412.0), None),
        ],
        merged=(1,),
    )
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "维修养护集中供水工程", "≥", 64, "处"),
        (None, None, "更换老旧管网长度", "≥", 38.5, "公里"),
        (None, None, "补助县（区）数量", "=", 5, "个"),
        (None, "质量指标", "维修工程验收合格率", "≥", pct(0.98), "%"),
        (None, None, "水质检测合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "资金分配下达时间", "≤", 30, "个工作日"),
        (None, None, "维修养护任务完成时间", "≤", f"{YEAR}年11月30日", None),
        (None, "成本指标", "单处工程平均补助", "≤", 6.5, "万元/处"),
        ("效益指标", "社会效益指标", "保障农村饮水安全人口", "≥", 42.6, "万人"),
        (None, None, "供水保证率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "工程良性运行机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "苏景文", "0736-5821406")
    return b


@variant("kb02-total-on-top", (12,), "department, NAT-2021, key tasks with the 金额合计 row on "
         "top above the task lines, one value column with operators inside")  # fmt: skip
def kb02() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=YEAR, dept="岚州市档案馆",
        budget=[[wan(736.0), wan(716.0), wan(20.0), wan(548.0), wan(188.0)]],
        tasks=[
            ("金额合计", None, wan(188.0), None),
            ("档案数字化", "馆藏纸质档案数字化扫描与著录", wan(96.0), "完成扫描420万页"),
            ("档案安全保护", "库房恒温恒湿设备维护、消防检测", wan(54.0), "库房温湿度达标"),
            ("档案编研利用", "编研出版及查档服务", wan(38.0), "出版编研成果2部"),
        ],
        goal="推进馆藏档案数字化和安全保护，提升档案利用服务水平。",
    )  # fmt: skip
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "纸质档案数字化扫描页数", "≥420万页"),
        (None, None, "出版编研成果", "≥2部"),
        (None, None, "接待查档利用人次", "≥6500人次"),
        (None, "质量指标", "数字化成果抽检合格率", "≥98%"),
        (None, None, "库房温湿度达标率", "≥95%"),
        (None, "时效指标", "查档申请办结时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "档案扫描单价", "≤0.2元/页"),
        (None, None, "库房设备维护费用", "≤54万元"),
        ("效益指标", "社会效益指标", "档案信息化检索覆盖率", "≥85%"),
        (None, "可持续影响指标", "档案安全事故发生次数", "=0次"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥95%"),
    ], header=("一级指标", "二级指标", "三级指标", "指标值"))  # fmt: skip
    footer(s, "冉秋白", "0736-5823317", head="馆长")
    return b


@variant("kb03-blank-row-in-list", (12,), "project, OLD-NAT, a detail list with a blank row "
         "inside before its last lines and 合计, two-line header over the values")  # fmt: skip
def kb03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=YEAR, name="荻溪县中小学校园食堂提质改造项目", dept="荻溪县教育局",
        unit="荻溪县教育技术装备中心", money=project_money(265.0, 240.0, 25.0),
        goals=["完成12所中小学食堂设备更新和明厨亮灶改造，提升校园食品安全保障水平。"],
    )  # fmt: skip
    s.row("支出明细", "明细项目", None, "金额（万元）", "测算依据", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.r
    s.row(None, "厨房设备购置", None, wan(148.0), "12所，平均12.33万元/所", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(None, "明厨亮灶视频系统", None, wan(42.0), "12所×3.5万元", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(None)
    s.row(None, "排烟及给排水改造", None, wan(51.0), "6所×8.5万元", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(None, "监理及检测", None, wan(24.0), None, None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, wan(265.0), None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值", "单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "改造食堂学校数", "≥", 12, "所"),
        (None, None, "更新厨房设备台套", "≥", 180, "台（套）"),
        (None, None, "安装明厨亮灶监控点位", "≥", 96, "个"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, None, "设备安装调试合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "改造完成时间", "≤", f"{YEAR}年8月25日", None),
        (None, "成本指标", "单所视频系统费用", "≤", 3.5, "万元/所"),
        ("效益指标", "社会效益指标", "受益在校师生人数", "≥", 9600, "人"),
        (None, None, "食品安全事故发生次数", "=", 0, "次"),
        (None, "可持续影响指标", "食堂设备使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥", pct(0.9), "%"),
        (None, None, "家长满意度", "≥", pct(0.85), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "温可欣", "0736-7612093")
    return b


@variant("kb04-yuan-column-in-wan-table", (12,), "project, OLD-NAT, money in 万元 in the head, a "
         "procurement list below in 元 with the unit in the column header")  # fmt: skip
def kb04() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=YEAR, name="榆塘县基层卫生院急救设备配置项目", dept="榆塘县卫生健康局",
        unit="榆塘县卫生健康局", money=project_money(86.4, 86.4, 0.0), attr="一次性项目",
        goals=["为全县8家乡镇卫生院配置心电监护、除颤等急救设备，提升基层院前急救能力。"],
    )  # fmt: skip
    s.row("采购清单", "设备名称", "数量（台）", "单价（元）", "金额（元）", "备注")
    top = s.r
    s.table([
        (None, "多参数心电监护仪", 16, money(18500, YUAN), money(296000, YUAN), None),
        (None, "自动体外除颤仪", 8, money(26000, YUAN), money(208000, YUAN), None),
        (None, "便携式呼吸机", 8, money(32500, YUAN), money(260000, YUAN), None),
        (None, "电动吸引器", 16, money(6250, YUAN), money(100000, YUAN), None),
        (None, "合计", 48, None, money(864000, YUAN), "折合86.40万元"),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "配置急救设备数量", "≥", 48, "台"),
        (None, None, "覆盖乡镇卫生院数", "=", 8, "家"),
        (None, None, "开展设备操作培训人次", "≥", 64, "人次"),
        (None, "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (None, None, "设备完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "设备采购完成时间", "≤", f"{YEAR}年6月30日", None),
        (None, "成本指标", "除颤仪采购单价", "≤", 2.6, "万元/台"),
        ("效益指标", "社会效益指标", "基层院前急救响应时间", "≤", 30, "分钟"),
        (None, None, "卫生院急救病例转诊成功率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "设备使用年限", "≥", 6, "年"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "何嘉树", "0736-4402718")
    return b


@variant("kb13-subtotal-off", (12,), "transfer project, OLD-NAT, allocation table with 小计 "
         "rows: one group's 小计 is not the sum of its counties; a rate above 100 %")  # fmt: skip
def kb13() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标")
    project_head(
        s, year=YEAR, name="岚州市高标准农田建设补助资金", dept="岚州市农业农村局 312",
        unit="岚州市农田建设管理中心", money=project_money(18600.0, 18600.0, 0.0),
        goals=["新建高标准农田6.2万亩，改善灌排条件，提高耕地质量和粮食综合生产能力。"],
    )  # fmt: skip
    s.skip()
    s.row("分县任务及资金（万元）", merge=[(1, 6)])
    s.row("片区", "县（区）", "建设面积（万亩）", "补助资金", "亩均补助（元）", None)
    s.table(
        [
            ("北部", "棠浦县", 1.4, wan(4200.0), 3000),
            (None, "柘冈区", 0.9, wan(2700.0), 3000),
            (None, "蓼川县", 1.1, wan(3300.0), 3000),
            (
                None,
                "小计",
                3.4,
                mk(
                    wan(10500.0),
                    "B102",
                    "error",
                    alt=("B101",),
                    note="4200+2700+3300 = 10200, not 10500",
                ),
                None,
            ),
            ("南部", "荻溪县", 1.6, wan(4800.0), 3000),
            (None, "苇湾县", 1.2, wan(3600.0), 3000),
            (None, "小计", 2.8, wan(8400.0), None),
            (
                "合计",
                None,
                6.2,
                ok(
                    wan(18600.0),
                    "error",
                    note="right by the counties (10200+8400), off by the wrong 小计",
                ),
                None,
            ),
        ],
        merged=(1,),
    )
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥", 6.2, "万亩"),
        (None, None, "新建改造灌排渠道", "≥", 86, "公里"),
        (None, None, "新建机耕路", "≥", 54, "公里"),
        (None, "质量指标", "工程竣工验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a pass rate cannot exceed 100 %"), "%"),
        (None, None, "耕地质量等级提升", "≥", 0.5, "等"),
        (None, "时效指标", "项目开工时间", "≤", f"{YEAR}年4月30日", None),
        (None, None, "项目完工时间", "≤", f"{YEAR}年12月31日", None),
        (None, "成本指标", "亩均财政补助标准", "≤", 3000, "元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥", 50, "公斤"),
        (None, "社会效益指标", "受益农户数", "≥", 12800, "户"),
        (None, "生态效益指标", "节水灌溉面积占比", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "工程设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "邬南星", "0736-5827730")
    return b
