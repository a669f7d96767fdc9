"""Air and water projects in the ways offices write values: a table from column B with 指标性质
(direction), 比较符, 计量单位 and 分值 columns; operators inside the value in words; numbered
tier labels with points under a two-line header repeated after a page break; malformed values."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout17.common import AMOUNT, notes, signature
from tests.variants.holdout17.registry import variant
from tests.variants.kit import Book, C, day, mk, ok, pct

W6 = (16, 16, 30, 22, 20, 16)


def _m(value: float) -> C:
    return C(value, AMOUNT)


@variant("ia10-air-columns-ok", (1, 11, 10),
         "project from column B: 指标性质 as direction, 比较符, 指标值 with percent cells, "
         "计量单位 "
         "and 分值 columns adding to 100, PM2.5 ≤33 微克/立方米, a date value with ≤")  # fmt: skip
def air_columns_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (3, 14, 16, 30, 10, 8, 14, 14, 8))
    c = 2
    s.row("2026年度项目支出绩效目标表", merge=[(2, 9)], col=c)
    s.row("项目名称", "青屿市大气污染防治专项", None, "主管部门", None, "青屿市生态环境局", None,
          None, col=c, merge=[(3, 4), (5, 6), (7, 9)])  # fmt: skip
    s.row("实施单位", "青屿市大气污染防治中心", None, "项目属性", None, "延续项目", None, None,
          col=c, merge=[(3, 4), (5, 6), (7, 9)])  # fmt: skip
    s.row("计划开始日期", day(2026, 1, 1), None, "计划完成日期", None, day(2026, 12, 31), None,
          None, col=c, merge=[(3, 4), (5, 6), (7, 9)])  # fmt: skip
    s.row("项目资金（万元）", "资金总额", _m(1480), "财政拨款", None, _m(1400), "其他资金",
          _m(80), col=c, merge=[(5, 6)])  # fmt: skip
    s.row("年度绩效目标", "淘汰老旧柴油货车450辆，完成35家工业企业挥发性有机物深度治理，全市"
          "空气质量优良天数比例达到87.5%以上，PM2.5年均浓度控制在33微克/立方米以内。",
          col=c, merge=[(3, 9)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位", "分值",
          col=c)  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "淘汰老旧柴油货车", "正向", "≥", 450, "辆", 8),
        (None, None, "餐饮油烟净化设施安装", "正向", "≥", 260, "户", 6),
        (None, None, "工业企业挥发性有机物深度治理", "正向", "≥", 35, "家", 6),
        (None, "质量指标", "治理设施验收合格率", "正向", "=", pct(1), "%", 6),
        (None, None, "建筑工地扬尘在线监测安装率", "正向", "≥", pct(0.95), "%", 4),
        (None, "时效指标", "淘汰车辆补贴发放时限", "反向", "≤", 30, "个工作日", 5),
        (None, None, "年度治理任务完成时间", "反向", "≤", day(2026, 11, 30), None, 5),
        (None, "成本指标", "老旧车辆淘汰补贴标准", "反向", "≤", 1.8, "万元/辆", 10),
        ("效益指标", "生态效益指标", "空气质量优良天数比例", "正向", "≥", pct(0.875, "0.0%"),
         "%", 10),
        (None, None, "PM2.5年均浓度", "反向", "≤", 33, "微克/立方米", 10),
        (None, None, "重污染天数", "反向", "≤", 3, "天", 5),
        (None, None, "挥发性有机物排放量较上年削减比例", "正向", "≥", 3, "%", 5),
        (None, "社会效益指标", "大气环境信访件办结率", "正向", "=", pct(1), "%", 5),
        (None, "可持续影响指标", "区域大气污染联防联控机制", "正向", "定性", "健全", None, 5),
        ("满意度指标", "服务对象满意度指标", "公众对空气质量满意度", "正向", "≥", pct(0.85),
         "%", 10),
        ("合计", None, None, None, None, None, None, 100),
    ], merged=(1, 2), col=c)  # fmt: skip
    signature(s, filled=(2025, 11, 6), person="温岚", phone="0795-7102 5539", col=c)
    return b


@variant("ia11-air-malformed", (11, 9),
         "county air project, one value column with operators inside: ≥≤90%, 95%%, >=95 on a "
         "satisfaction rate, PM2.5 with ≥")  # fmt: skip
def air_malformed() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2026,
        name="石门溪县冬季清洁取暖与散煤治理项目",
        dept="石门溪县生态环境局",
        unit="石门溪县生态环境局",
        attr="延续项目",
        money=[("资金总额", _m(620), "财政拨款", _m(620))],
        goals=["完成1200户散煤清洁能源替代，县城空气质量优良天数比例达到86%以上。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table([
        ("产出指标", "数量指标", "散煤清洁能源替代户数", "≥1200户", None),
        (None, None, "道路扬尘机械化清扫里程", "≥85公里", "日均"),
        (None, "质量指标", "空气自动站数据获取率",
         mk("≥≤90%", "T116", "warning", row=True, note="two opposite operators"), None),
        (None, None, "建筑工地扬尘治理达标率",
         mk("95%%", "T116", "warning", row=True, note="% twice"), None),
        (None, "时效指标", "散煤替代完成时间", "2026年10月31日前", "采暖季前"),
        (None, "成本指标", "散煤替代户均补助", "≤3000元/户", None),
        ("效益指标", "生态效益指标", "县城空气质量优良天数比例", "≥86%", None),
        (None, None, "PM2.5年均浓度", mk("≥35微克/立方米", "T108", "warning", row=True,
                                          note="a concentration is capped: ≤"), None),
        (None, "社会效益指标", "冬季燃煤污染投诉量较上年下降比例", "≥10%", None),
        (None, "可持续影响指标", "散煤管控长效机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "改造户满意度",
         mk(">=95", "T105", "warning", row=True, alt=("T116",), note="no %"), None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=(2025, 11, 19), person="苏北辰", phone="13607957731")
    return b


@variant("ia14-lake-points-ok", (5, 4, 10),
         "project, NAT-2021, two-line header, tier labels numbered with points "
         "(一、产出指标（40分）, （一）数量指标), the header repeated after a page break, "
         "a pasted text total")  # fmt: skip
def lake_points_ok() -> Book:
    b = Book()
    s = b.sheet("青屿湖项目", W6)
    project_head(s, year=2026, name="青屿湖水质提升综合治理项目", dept="青屿市生态环境局",
                 unit="青屿湖生态保护中心", attr="延续项目",
                 money=[("资金总额", ok("1280.00", note="pasted as text, no separator"),
                         "财政拨款", _m(1180)),
                        ("其他资金", _m(100), None, None)],
                 goals=["完成湖区生态清淤18万立方米，整治入湖排污口24个，入湖河流断面水质稳定"
                        "在Ⅲ类及以上，湖区总磷浓度控制在0.05毫克/升以内。"])  # fmt: skip

    def header() -> None:
        s.row("绩效指标", None, None, "指标值", None, None, merge=[(1, 3), (4, 6)])
        s.row("一级指标", "二级指标", "三级指标", "年度指标值", "指标值依据", None, merge=[(5, 6)])

    header()
    s.table([
        ("一、产出指标（40分）", "（一）数量指标", "湖区生态清淤", "≥18万立方米", "计划标准"),
        (None, None, "入湖排污口整治", "≥24个", "计划标准"),
        (None, None, "新建生态缓冲带", "≥6.5公里", "计划标准"),
        (None, "（二）质量指标", "入湖河流断面水质", "稳定在Ⅲ类及以上", "行业标准"),
        (None, None, "清淤底泥安全处置率", "=100%", "行业标准"),
        (None, "（三）时效指标", "清淤工程完成时间", "2026年9月30日前", "计划标准"),
        ("二、成本指标（20分）", "（一）经济成本指标", "单位清淤成本", "≤38元/立方米", "历史标准"),
        (None, "（二）生态环境成本指标", "施工期水体悬浮物超标天数", "≤5天", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()  # the page break: the office repeats the two header lines on the next page
    header()
    s.table([
        ("三、效益指标（30分）", "（一）生态效益指标", "青屿湖总磷浓度", "≤0.05毫克/升",
         "行业标准"),
        (None, None, "湖区监测点位水质达标率", "≥90%", "历史标准"),
        (None, None, "蓝藻水华发生频次", "较上年下降", "历史标准"),
        (None, "（二）社会效益指标", "沿湖亲水空间开放", "≥3处", "计划标准"),
        (None, "（三）可持续影响指标", "湖泊水生态状况", "持续改善", "其他标准"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "沿湖居民满意度", "≥90%",
         "其他标准"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1. 指标值依据填写计划标准、行业标准、历史标准或其他标准；",
              "2. 本表一式三份，主管部门、财政部门、项目单位各一份。"], 6)  # fmt: skip
    signature(s, filled=(2025, 11, 10), person="方之遥", phone="0795-7102 3370")
    return b


@variant("ia15-river-chief-pdf", (9, 11),
         "河长制 project, OLD-NAT: an amount pasted twice from a PDF (120万120万), a patrol "
         "coverage rate given as a count, a complaint rate with ≥")  # fmt: skip
def river_chief_pdf() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(s, year=2026, name="白鹭湖区河湖长制工作经费", dept="白鹭湖区水利局",
                 unit="白鹭湖区河长制办公室", attr="常年项目",
                 money=[("资金总额", _m(560), "财政拨款", _m(440)),
                        ("其他资金", mk("120万120万", "X106", "error", alt=("B108",)), None, None)],
                 goals=["全区42条河流、6座湖库落实河湖长巡查，河湖“清四乱”问题动态清零，"
                        "重点河湖水质稳定达标。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table([
        ("产出指标", "数量指标", "河湖保洁覆盖河道长度", "≥312公里", None),
        (None, None, "河湖“清四乱”问题整治", "≥60处", None),
        (None, "质量指标", "河湖长巡河覆盖率", mk("≥30次", "T105", "error", row=True,
                                                 note="a rate given as a count"), "每月"),
        (None, None, "“清四乱”问题整改销号率", "≥95%", None),
        (None, "时效指标", "交办问题办结时限", "≤15个工作日", None),
        (None, "成本指标", "河道保洁单位成本", "≤1.2万元/公里·年", None),
        ("效益指标", "生态效益指标", "重点河湖水质达标率", "≥90%", None),
        (None, "社会效益指标", "涉河湖群众投诉率", mk("≥5%", "T108", "warning", row=True,
                                                   note="a complaint rate is capped: ≤"), None),
        (None, "可持续影响指标", "河湖长制工作机制", "有效运行", None),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=(2025, 12, 5), person="钟秋白", phone="0795-7401 8826")
    return b


@variant("ia18-water-source-ok", (1, 11),
         "project, OLD-NAT, one value column with word operators (不低于90%, 95%以上, 30日内, "
         "较上年下降3%, ≥国家考核目标, 逐步改善, 达标) and an 指标解释 column")  # fmt: skip
def water_source_ok() -> Book:
    b = Book()
    s = b.sheet("水源地保护", W6)
    project_head(s, year=2026, name="县级集中式饮用水水源地保护项目", dept="石门溪县生态环境局",
                 unit="石门溪县饮用水水源保护站", attr="延续项目",
                 money=[("资金总额", _m(760), "财政拨款", _m(700)),
                        ("其他资金", _m(60), None, None)],
                 goals=["完成鹤岭水库、三江口两处水源地隔离防护网建设8.6公里，设置保护区标志"
                        "42块，水源地水质达标率保持100%，保障28万人饮水安全。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None, merge=[(5, 6)])
    rows = [
        ("产出指标", "数量指标", "隔离防护网建设", "≥8.6公里", None),
        (None, None, "水源保护区标志设置", "≥42块", "界标、警示牌、宣传牌"),
        (None, "质量指标", "县级水源地水质达标率", "100%", "按月监测"),
        (None, None, "保护区违规问题整治完成率", "95%以上", None),
        (None, "时效指标", "保护区环境问题整改时限", "发现后30日内", None),
        (None, None, "水质监测报告出具时限", "≤10个工作日", "采样后"),
        (None, "成本指标", "隔离防护网单位造价", "≤45万元/公里", None),
        ("效益指标", "生态效益指标", "库区入河化学需氧量排放量", "较上年下降3%", "反向指标"),
        (None, None, "水源地水质类别", ok("≥国家考核目标", note="a level set by reference"), "Ⅱ类"),
        (None, None, "库区水生态状况", "逐步改善", None),
        (None, "社会效益指标", "保障饮水安全人口", "≥28万人", None),
        (None, "可持续影响指标", "水源地规范化建设评估", "达标", "省级评估"),
        ("满意度指标", "服务对象满意度指标", "供水区群众满意度", "不低于90%", None),
    ]
    s.table([(*r, None) for r in rows], merged=(1, 2))
    for r in range(s.r - len(rows) + 1, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    signature(s, filled=(2025, 11, 24), person="何沐阳", phone="0795-7325 4408")
    return b
