"""路灯和管网, 安全生产, 消防 and 交通管理 projects: separate 指标方向 / 比较符 / 计量单位
columns, operators written in words, 反向 figures (事故起数, 死亡人数, 响应时间) with 0起 a
legitimate target, rates as offices write them right and wrong (items 1, 9, 11)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout19.common import footer
from tests.variants.holdout19.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

PLAIN = "#,##0.00"


@variant("ic04-streetlight-columns-ok", (11, 7, 4), "one-year 路灯/管网 project starting "
         "in column B, OLD-NAT, 指标方向 · 比较符 in words · 指标值 · 计量单位 columns, "
         "a spacer column, 备注")  # fmt: skip
def ic04() -> Book:
    b = Book()
    s = b.sheet("路灯管网", (3, 14, 14, 28, 10, 10, 10, 10, 3, 16))
    s.row("2025年度项目支出绩效目标表", merge=[(2, 10)], col=2)
    s.row("项目名称", "桐川县城区路灯及供水管网维护项目", None, None, "主管部门", None,
          "桐川县住房和城乡建设局", merge=[(3, 5), (6, 7), (8, 10)], col=2)  # fmt: skip
    s.row("实施单位", "桐川县市政工程管理所", None, None, "项目属性", None, "经常性项目",
          merge=[(3, 5), (6, 7), (8, 10)], col=2)  # fmt: skip
    s.row("计划开始日期", day(2025, 1, 1), None, None, "计划完成日期", None, day(2025, 12, 31),
          merge=[(3, 5), (6, 7), (8, 10)], col=2)  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(860, PLAIN), "其中：财政拨款", None,
          money(860, PLAIN), "其他资金", None, money(0, PLAIN), merge=[(5, 6), (8, 9)],
          col=2)  # fmt: skip
    s.row("年度绩效目标", "维护城区路灯1.2万盏，更换损坏灯具1200盏，修复供水管网漏点150处，"
          "主干道亮灯率保持在98%以上，管网漏损率控制在9%以内。", merge=[(3, 10)],
          col=2)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位", None,
          "备注", col=2)  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "路灯维修更换", "正向", "大于等于", 1200, "盏", None,
             "含智慧灯控改造"),
            (None, None, "供水管网漏点修复", "正向", "大于等于", 150, "处", None, None),
            (None, "质量指标", "城区主次干道路灯亮灯率", "正向", "大于等于", 98, "%", None,
             "按月夜巡"),
            (None, None, "供水管网漏损率", "反向", "小于等于", 9, "%", None, None),
            (None, "时效指标", "路灯故障报修响应时间", "反向", "小于等于", 2, "小时", None, None),
            (None, None, "管网爆管抢修恢复供水时间", "反向", "小于等于", 12, "小时", None, None),
            (None, "成本指标", "路灯单灯年均维护成本", "反向", "小于等于", 280, "元/盏", None,
             "1.2万盏"),
            (None, None, "管网维修材料费", "反向", "小于等于", 310, "万元", None, None),
            ("效益指标", "社会效益指标", "主干道夜间照明达标率", "正向", "大于等于", 95, "%",
             None, None),
            (None, "可持续影响指标", "路灯及管网日常巡查制度", "正向", "定性", "健全", None,
             None, None),
            ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "正向", "大于等于", 90, "%",
             None, "问卷抽样"),
        ],
        merged=(1, 2),
        col=2,
    )  # fmt: skip
    footer(s, who="龚晓", checker="裘建军", phone="0579-83316620", filled=day(2024, 11, 6), col=2)
    return b


@variant("ic05-safety-zero-ok", (11, 1, 4), "one-year 安全生产 project, NAT-2021, "
         "比较符 column with percent cells, 0起 and 死亡人数 as 反向 targets, a 死亡率 per "
         "亿元, notes")  # fmt: skip
def ic05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 10, 16, 26))
    project_head(
        s, year=2025, name="柘塘县安全生产监管执法及应急演练专项", dept="柘塘县应急管理局",
        unit="柘塘县应急管理综合行政执法大队",
        money=[("年度资金总额", money(326.5, WAN), "其中：财政拨款", money(326.5, WAN)),
               ("上年结转", money(0, WAN), "其他资金", money(0, WAN))],
        goals=("全年检查生产经营单位800家以上，重大事故隐患全部整改，开展综合应急演练12次，"
               "杜绝较大及以上生产安全事故，生产安全事故死亡人数控制在市下达的12人以内。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "指标解释")
    s.table(
        [
            ("产出指标", "数量指标", "安全生产执法检查企业", "≥", "800家", "含“双随机”抽查"),
            (None, None, "安全生产培训", "≥", "5000人次", "企业主要负责人和安全管理人员"),
            (None, None, "综合应急演练", "≥", "12次", None),
            (None, "质量指标", "重大事故隐患整改率", "=", pct(1), "挂牌督办，逐项销号"),
            (None, None, "执法案卷评查合格率", "≥", pct(0.95), None),
            (None, "时效指标", "事故信息报送时限", "≤", "1小时", "接报后"),
            ("成本指标", "经济成本指标", "执法装备购置费用", "≤", "86万元", "执法记录仪、检测仪"),
            ("效益指标", "社会效益指标", "较大及以上生产安全事故起数", "=", "0起", "反向指标"),
            (None, None, "生产安全事故死亡人数", "≤", "12人", "市下达控制指标，反向指标"),
            (None, None, "亿元地区生产总值生产安全事故死亡率", "≤", "0.028人/亿元",
             "较上年下降"),
            (None, "可持续影响指标", "安全生产隐患排查治理长效机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥", pct(0.9), "第三方调查"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="吕慧", checker="庞志强", phone="0575-82290317", filled=day(2024, 10, 25),
           notes=["注：1.事故起数、死亡人数、死亡率为反向指标，数值越小越好。",
                  "2.本表金额单位为万元。"])  # fmt: skip
    return b


@variant("ic06-fire-direction-wrong", (11, 1), "one-year 消防 project, NAT-2021, operators "
         "inside the values: a 投诉率 with ≥, a response time with ≥, a 完好率 given as a "
         "count")  # fmt: skip
def ic06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 18, 18, 18))
    project_head(
        s, year=2025, name="鹤汀市城区消防站装备更新及消防栓维护项目",
        dept="鹤汀市消防救援支队", unit="鹤汀市消防救援支队后勤装备科", attr="一次性项目",
        money=[("年度资金总额", money(1180, PLAIN), "其中：财政拨款", money(1080, PLAIN)),
               (None, None, "其他资金", money(100, PLAIN))],
        goals=("更新抢险救援车2辆、个人防护装备600套，维护城区市政消火栓，提升火灾扑救和应急"
               "救援能力。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "指标解释", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "更新抢险救援车", "≥2辆", None),
            (None, None, "配备个人防护装备", "≥600套", None),
            (None, None, "维护市政消火栓", "≥1500个", None),
            (None, "质量指标", "市政消火栓完好率",
             mk("320个", "T105", "error", note="完好率写成个数"), None),
            (None, None, "装备验收合格率", "100%", None),
            (None, "时效指标", "接警至出动时间",
             mk("≥1分钟", "T108", "warning", row=True, note="出动时间是上限，应为 ≤"), None),
            ("成本指标", "经济成本指标", "抢险救援车单车购置成本", "≤380万元/辆", None),
            ("效益指标", "社会效益指标", "城区火灾扑救到场时间", "≤5分钟", "城区主要道路"),
            (None, None, "群众消防投诉率",
             mk("≥5%", "T108", "warning", row=True, note="投诉率越低越好，应为 ≤"), None),
            ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="易涛", checker="骆俊", phone="0576-88350119", filled=day(2024, 11, 12))
    return b


@variant("ic15-traffic-words-ok", (11, 1, 5), "one-year traffic-signal project, OLD-NAT, operators "
         "in words inside the values (不少于, 95%以上, 24小时内, 12月31日前), 指标性质 as "
         "正向/反向/定性")  # fmt: skip
def ic15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 12, 20, 16))
    project_head(
        s, year=2025, name="鹤汀市城区交通信号控制系统升级改造项目",
        dept="鹤汀市公安局", unit="鹤汀市公安局交通警察支队", attr="一次性项目",
        money=[("年度资金总额", money(2200, WAN), "其中：财政拨款", money(2200, WAN))],
        goals=("升级改造城区信号控制路口120个，建成区域协调控制系统，主干道高峰时段平均车速提高8%"
               "以上，12月31日前完成验收。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "升级改造信号控制路口", "正向", "不少于120个", None),
            (None, None, "新增交通流量检测器", "正向", "不少于360套", None),
            (None, "质量指标", "信号及电子警察设备在线率", "正向", "95%以上", None),
            (None, None, "系统联调测试通过率", "正向", "100%", None),
            (None, "时效指标", "信号设备故障修复时间", "反向", "24小时内", None),
            (None, None, "项目竣工验收时间", "反向", "12月31日前", None),
            (None, "成本指标", "单路口改造成本", "反向", "不超过18万元/个", "120个路口"),
            ("效益指标", "社会效益指标", "主干道高峰时段平均车速提升", "正向", "不低于8%",
             "较改造前"),
            (None, None, "路口交通事故起数", "反向", "较上年下降", None),
            (None, "可持续影响指标", "信号配时优化机制", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "驾驶人及市民满意度", "正向", "不低于90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="邵斌", checker="严立", phone="0576-88126630", filled=day(2024, 10, 21))
    return b


@variant("ic16-rural-road-rates-wrong", (1, 9), "one-year 农村公路安全生命防护 project, "
         "OLD-NAT, operator column and percent cells: a rate over 100%, a rate without %, "
         "95%% and ≥≤90%")  # fmt: skip
def ic16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 10, 16, 16))
    project_head(
        s, year=2025, name="柘塘县农村公路安全生命防护工程", dept="柘塘县交通运输局",
        unit="柘塘县农村公路管理所",
        money=[("年度资金总额", money(1560, PLAIN), "其中：财政拨款", money(1260, PLAIN)),
               (None, None, "其他资金", money(300, PLAIN))],
        goals=("对县乡道临水临崖、急弯陡坡等隐患路段实施安全防护，安装波形护栏96公里，增设警示"
               "标志标牌800块，隐患路段整治完成率达到90%以上。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "安装波形护栏", "≥", 96, "公里"),
            (None, None, "增设警示标志标牌", "≥", 800, "块"),
            (None, "质量指标", "护栏安装质量合格率", "≥",
             mk(pct(1.05), "T106", "error", note="合格率不能超过100%"), None),
            (None, None, "隐患路段整治完成率", None,
             mk("≥≤90%", "T116", "warning", note="两个相互矛盾的比较符"), None),
            (None, "时效指标", "路面病害处治及时率", None,
             mk(">=95", "T105", "warning", alt=("T104", "T116"), note="比率漏写%"), None),
            (None, "成本指标", "每公里护栏综合造价", "≤", 13.5, "万元/公里"),
            ("效益指标", "社会效益指标", "隐患路段交通事故死亡人数", "≤", 3, "人"),
            (None, "可持续影响指标", "防护设施管养责任落实率", "≥", pct(0.95), None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", None,
             mk("95%%", "T116", "warning", note="百分号写了两遍"), None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="祁红梅", checker="冉涛", phone="0575-82310468", filled=day(2024, 11, 8))
    return b
